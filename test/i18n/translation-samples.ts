/**
 * Sample arguments for the translation functions, chosen from the parameter types written in en.ts (read
 * with the TypeScript parser, since the compiled functions have lost their types): numbers get counts,
 * strings get markers, `Formatters` gets the language's formatters.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Formatters } from '../../src/i18n/formatters.js';

export type ParamKind = 'number' | 'optional-number' | 'string' | 'formatters';

/** Counts every function is tried with (besides one per plural category of each language). */
export const SAMPLE_COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

/** Markers passed for string parameters, by position, so a dropped parameter can be told apart. */
export const STRING_MARKERS = ['X', 'Y', 'Z'];

const EN_PATH = fileURLToPath(new URL('../../src/i18n/translations/en.ts', import.meta.url));

/** The parameter kinds of every function in en.ts, by key. */
export function enSignatures(): Record<string, ParamKind[]> {
  const source = ts.createSourceFile(EN_PATH, readFileSync(EN_PATH, 'utf8'), ts.ScriptTarget.Latest, true);
  const signatures: Record<string, ParamKind[]> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'en' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const value = property.initializer;
        if (!ts.isArrowFunction(value) && !ts.isFunctionExpression(value)) continue;
        const key = property.name.getText();
        signatures[key] = value.parameters.map((parameter) => kindOf(key, parameter));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return signatures;
}

function kindOf(key: string, parameter: ts.ParameterDeclaration): ParamKind {
  const type = parameter.type?.getText().replace(/\s+/g, ' ');
  const optional = Boolean(parameter.questionToken);
  if (type === 'Formatters') return 'formatters';
  if (type === 'string' && !optional) return 'string';
  if (type === 'number') return optional ? 'optional-number' : 'number';
  if (type === 'number | undefined' || type === 'undefined | number') return 'optional-number';
  throw new Error(`en.${key}: no sample arguments for a parameter of type ${type ?? 'unknown'}; teach test/i18n/translation-samples.ts`);
}

/**
 * Argument lists for one function at one count: every number parameter gets `count`; when some are
 * optional, each of them is also left out in turn (as `ages(18, undefined)` and `ages(undefined, 17)`).
 */
export function sampleArgs(kinds: readonly ParamKind[], count: number, f: Formatters): unknown[][] {
  const base = (): unknown[] => {
    let strings = 0;
    return kinds.map((kind) => (kind === 'formatters' ? f : kind === 'string' ? STRING_MARKERS[strings++] : count));
  };
  const lists = [base()];
  kinds.forEach((kind, index) => {
    if (kind !== 'optional-number') return;
    const args = base();
    args[index] = undefined;
    lists.push(args);
  });
  return lists;
}

/** True when the function takes a count (so its wording may depend on the plural category). */
export const takesNumber = (kinds: readonly ParamKind[]): boolean => kinds.some((kind) => kind === 'number' || kind === 'optional-number');

/** A count that falls in each plural category of a language, for the categories Intl says it has. */
export function countsByCategory(tag: string): Map<Intl.LDMLPluralRule, number | undefined> {
  const rules = new Intl.PluralRules(tag);
  const candidates = [...SAMPLE_COUNTS, ...Array.from({ length: 1001 }, (_, n) => n), 1_000_000, 2_000_000, 0.5, 1.5, 2.5];
  return new Map(
    rules.resolvedOptions().pluralCategories.map((category) => [category, candidates.find((n) => rules.select(n) === category)]),
  );
}

/** Formatters that also note which plural forms each call offered. */
export function recordingFormatters(f: Formatters): { f: Formatters; forms: string[][] } {
  const forms: string[][] = [];
  return {
    forms,
    f: {
      ...f,
      lang: f.lang,
      plural: (count, offered) => {
        forms.push(Object.keys(offered));
        return f.plural(count, offered);
      },
    },
  };
}

/** What a rendered string must never show: an empty label, or a value that leaked through unformatted. */
export function renderingProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `is ${typeof value}, not a string`;
  if (!value.trim()) return 'is empty';
  for (const leak of ['undefined', 'NaN', '[object', 'null', '${']) if (value.includes(leak)) return `shows "${leak}": ${value}`;
  return undefined;
}
