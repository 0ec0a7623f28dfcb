import * as z from 'zod/mini';
import type { Vocabulary } from './vocabulary.js';

/** Bounds for a vocabulary read from a file: a directory's own words, not a way to stall the page. */
const MAX_NEEDS = 500;
const MAX_LIST = 500;
const MAX_LANGUAGES = 50;
const MAX_TEXT = 100;

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT));
const list = z.array(text).check(z.maxLength(MAX_LIST));
const byLanguage = z.record(z.string().check(z.maxLength(35)), list).check(z.refine((value) => Object.keys(value).length <= MAX_LANGUAGES, 'too many languages'));

const vocabularySchema = z.object({
  needs: z
    .array(
      z.object({
        id: text,
        codes: z.optional(list),
        categories: z.optional(list),
        words: z.optional(byLanguage),
      }),
    )
    .check(z.maxLength(MAX_NEEDS)),
  fillers: z.optional(byLanguage),
});

/**
 * A directory's vocabulary (a JSON document of the shape of `Vocabulary`), checked: throws a TypeError
 * naming the first problem ("needs.3.words.es.2: …") when it is not one.
 */
export function parseVocabulary(json: unknown): Vocabulary {
  const parsed = vocabularySchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new TypeError(`Not a vocabulary: ${issue ? `${issue.path.join('.') || '(document)'}: ${issue.message}` : 'unreadable'}`);
}
