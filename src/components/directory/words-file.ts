import type { Vocabulary } from '../../sdk/index.js';

/** Each file once per page, however many directories name it. */
const files = new Map<string, Promise<Vocabulary | undefined>>();

/**
 * A directory's own words from a JSON file (`vocabulary-src`), checked by the SDK's `parseVocabulary`. A file
 * that cannot be fetched or is not a vocabulary is named in one console warning and left out: the search goes
 * on with our own words. A lazy chunk: only directories with a vocabulary file fetch it.
 */
export function vocabularyAt(src: string): Promise<Vocabulary | undefined> {
  let file = files.get(src);
  if (!file) files.set(src, (file = read(src)));
  return file;
}

async function read(src: string): Promise<Vocabulary | undefined> {
  try {
    const response = await fetch(new URL(src, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { parseVocabulary } = await import('../../sdk/search/vocabulary/parse-vocabulary.js');
    return parseVocabulary(await response.json());
  } catch (error) {
    console.warn(`<resource-directory>: vocabulary-src "${src}" is not used (${(error as Error).message}); searching with our own words.`);
    return undefined;
  }
}
