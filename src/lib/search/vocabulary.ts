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
/** A word in at least this share of the records is common: it tells no answer from another. */
const commonShare = 0.8;
/** With fewer records than this, no word counts as common (in a tiny index every word looks common). */
const minRecordsForCommon = 10;

/** Words with how often each occurs in the index, and a lookup by word. */
export interface Vocabulary {
  /** Distinct lower-case words, most frequent first. */
  words: readonly string[];
  /** Occurrences of each word, by word. */
  counts: ReadonlyMap<string, number>;
  /**
   * Words that nearly every record holds (`commonShare` of them or more): on this site "resurs", which
   * 31 of 34 answers say. Searching for one hides the answers that happen not to say it and ranks the
   * rest by how often they say it, so `chooseTerms` leaves them out. Absent in an older file.
   */
  common?: ReadonlySet<string>;
}

/** The words of a text as the vocabulary stores them: lower-case runs of letters and digits that contain a letter. Never throws. */
export function vocabularyWords(text: string): string[] {
  return String(text)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= minWordLength && word.length <= maxWordLength && /\p{L}/u.test(word));
}

/**
 * Counts the words of record texts (one text a record) into the JSON the site serves as
 * `vocabularyFile`, with the words common to nearly every record. Never throws.
 */
export function buildVocabulary(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  const records = new Map<string, number>();
  for (const text of texts) {
    const words = vocabularyWords(text);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of new Set(words)) records.set(word, (records.get(word) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const common =
    texts.length < minRecordsForCommon
      ? []
      : words.map(([word]) => word).filter((word) => (records.get(word) ?? 0) >= commonShare * texts.length);
  return JSON.stringify({ words: words.map(([word]) => word), counts: words.map(([, count]) => count), common });
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
  const record = (typeof data === 'object' && data !== null ? data : {}) as {
    words?: unknown;
    counts?: unknown;
    common?: unknown;
  };
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
  const common = new Set(
    (Array.isArray(record.common) ? record.common : []).filter(
      (word): word is string => typeof word === 'string' && map.has(word),
    ),
  );
  return { ok: true, value: { words: [...map.keys()], counts: map, common } };
}
