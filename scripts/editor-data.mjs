// Editor data written from dist/custom-elements.json by the `editor-data` step of
// custom-elements-manifest.config.mjs: VS Code's `html.customData` (dist/vscode.html-custom-data.json) and
// JetBrains' web-types (dist/web-types.json, found through package.json "web-types"), so both complete
// and describe the tags, attributes and their values in HTML.

const elementsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** `'list' | 'grid' | 'compact'` → `['list', 'grid', 'compact']`; undefined for a type that is not only string literals. */
export function literalValues(typeText = '') {
  const members = typeText.split('|').map((member) => member.trim());
  const literals = members.map((member) => /^'([^']*)'$/.exec(member)?.[1]);
  return members.length && literals.every((literal) => literal !== undefined) ? literals : undefined;
}

/** An attribute's type as markup writes it: an absent attribute is no value, so `| undefined` goes. */
const attributeType = (attribute) => attribute.type?.text.replace(/\s*\|\s*undefined\b/g, '');

const isBoolean = (attribute) => attributeType(attribute) === 'boolean';

/** An attribute's description with its type and default, as both editors show it. */
function attributeText(attribute) {
  const facts = [attribute.type && `Type: \`${attributeType(attribute)}\``, attribute.default && `Default: \`${attribute.default}\``].filter(Boolean);
  return [attribute.description, facts.join(' · ')].filter(Boolean).join('\n\n');
}

const list = (title, items, line) => (items?.length ? [`**${title}**`, ...items.map(line)].join('\n') : '');

/** The element's summary, then its events, slots, parts and custom properties, for the tag's tooltip. */
function elementText(element) {
  return [
    element.description ?? element.summary,
    list('Events', element.events, (event) => `- \`${event.name}\` (\`${event.type?.text}\`): ${event.description ?? ''}`),
    list('Slots', element.slots, (slot) => `- \`${slot.name}\`: ${slot.description ?? ''}`),
    list('Parts', element.cssParts, (part) => `- \`::part(${part.name})\`: ${part.description ?? ''}`),
    list('CSS custom properties', element.cssProperties, (property) => `- \`${property.name}\`: ${property.description ?? ''}`),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementText(element) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attributeType(attribute));
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: attributeText(attribute) },
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: elementText(element),
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attributeText(attribute),
            value: isBoolean(attribute) ? { kind: 'no-value' } : { kind: 'plain', type: attributeType(attribute) ?? 'string', ...(attribute.default ? { default: attribute.default } : {}) },
          })),
          slots: (element.slots ?? []).map(({ name, description }) => ({ name, description })),
          events: (element.events ?? []).map(({ name, description }) => ({ name, description })),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && member.privacy !== 'private' && !member.static && member.description)
              .map(({ name, description, type }) => ({ name, description, type: type?.text })),
            events: (element.events ?? []).map(({ name, description, type }) => ({ name, description, type: type?.text })),
          },
          css: {
            parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
            properties: (element.cssProperties ?? []).map(({ name, description }) => ({ name, description })),
          },
        })),
      },
    },
  };
}
