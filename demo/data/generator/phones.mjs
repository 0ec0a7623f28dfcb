// Fictional phone numbers (555-01xx, area codes 503/971) in mixed real-world formats.
//
// Spec: '<type>[:<number>|=<ref>] [x<ext>] [[lang lang]] [|description]'
//   type v = voice, t = text, f = fax
//   number '503-0142' (area-line), or a short code such as '988', '741741'
//   =org / =loc reuse the number already given to the organization / location
//   (so the same number shows up at several levels, as in real feeds)
import { makeId } from './random.mjs';
import { languages } from './languages.mjs';

const TYPES = { v: 'voice', t: 'text', f: 'fax' };
let counter = 0;

function format(area, line, style) {
  switch (style) {
    case 0: return `(${area}) 555-${line}`;
    case 1: return `${area}-555-${line}`;
    case 2: return `${area}.555.${line}`;
    default: return `+1 ${area} 555 ${line}`;
  }
}

/** Next fictional number from the 555-0100..0199 block. */
export function nextNumber() {
  const n = counter++;
  const line = String(100 + ((n * 37 + 42) % 100)).padStart(4, '0');
  const area = n % 3 === 2 ? '971' : '503';
  return format(area, line, (n * 3 + Math.floor(n / 4)) % 4);
}

function explicitNumber(raw) {
  const m = /^(\d{3})-(\d{4})$/.exec(raw);
  if (!m) return raw; // short codes: 988, 741741, 838255
  const n = counter++;
  return format(m[1], m[2], (n * 3 + Math.floor(n / 4)) % 4);
}

const SPEC = /^([vtf])(?::(\S+)|=(\w+))?(?:\s+x(\d+))?(?:\s+\[([a-z ]+)\])?(?:\s*\|\s*(.*))?$/;

/**
 * Build one phone object.
 * @param refs numbers already assigned at other levels, e.g. { org: '(503) 555-0142' }
 */
export function phone(ownerId, index, spec, refs = {}) {
  const m = SPEC.exec(spec);
  if (!m) throw new Error(`bad phone spec "${spec}"`);
  const [, t, explicit, ref, ext, langs, desc] = m;
  let number;
  if (ref) {
    number = refs[ref];
    if (!number) throw new Error(`phone ref ${ref} unavailable for "${spec}"`);
  } else {
    number = explicit ? explicitNumber(explicit) : nextNumber();
  }
  const p = { id: makeId('phone', ownerId, index), number, type: TYPES[t] };
  if (ext) p.extension = Number(ext);
  if (desc) p.description = desc;
  if (langs) p.languages = languages(p.id, langs);
  return p;
}

export function phones(ownerId, specs, refs) {
  if (!specs || specs.length === 0) return undefined;
  return specs.map((spec, i) => phone(ownerId, i, spec, refs));
}
