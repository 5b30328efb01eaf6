import type { Result } from '../shared/result.ts';

// The index's own vocabulary: every word of every search record with how often it occurs, built at
// build time (src/integrations/pagefind-index.ts) into `vocabularyFile` and loaded with the engine, so
// that a misspelled query word can be corrected to a word the index really has.

/** The vocabulary file, relative to the site's base path. */
export const vocabularyFile = 'search-vocabulary.json';

/** Words shorter than this are neither stored nor corrected ("ip", "ca", "id" are too easy to confuse). */
export const minWordLength = 3;
const maxWordLength = 30;
const maxWords = 20_000;

/** Words with how often each occurs in the index, and a lookup by word. */
export interface Vocabulary {
  /** Distinct lower-case words, most frequent first. */
  words: readonly string[];
  /** Occurrences of each word, by word. */
  counts: ReadonlyMap<string, number>;
}

/** The words of a text as the vocabulary stores them: lower-case runs of letters and digits that contain a letter. Never throws. */
export function vocabularyWords(text: string): string[] {
  return String(text)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= minWordLength && word.length <= maxWordLength && /\p{L}/u.test(word));
}

/** Counts the words of record texts into the JSON the site serves as `vocabularyFile`. Never throws. */
export function buildVocabulary(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return JSON.stringify({ words: words.map(([word]) => word), counts: words.map(([, count]) => count) });
}

/**
 * Reads a vocabulary file's JSON (as `buildVocabulary` writes it). Anything malformed is an error,
 * never an exception; entries that are not plain words are skipped. Never throws.
 */
export function parseVocabulary(json: string): Result<Vocabulary> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'search vocabulary: the file is not JSON' };
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as { words?: unknown; counts?: unknown };
  const { words, counts } = record;
  if (!Array.isArray(words) || !Array.isArray(counts) || words.length !== counts.length) {
    return { ok: false, error: 'search vocabulary: expected equally long "words" and "counts" lists' };
  }
  const map = new Map<string, number>();
  for (let i = 0; i < Math.min(words.length, maxWords); i++) {
    const word = words[i];
    const count = counts[i];
    if (typeof word !== 'string' || typeof count !== 'number' || !Number.isFinite(count) || count < 1) continue;
    if (vocabularyWords(word).join(' ') !== word) continue;
    map.set(word, count);
  }
  return { ok: true, value: { words: [...map.keys()], counts: map } };
}
