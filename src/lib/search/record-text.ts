// How an FAQ answer's search record reads (src/components/FaqEntry.astro writes it): the question,
// the hidden one-sentence summary, the answer, then the hidden keywords after `keywordsLabel`.

/** The words that introduce an answer's hidden keywords in its search record. */
export const keywordsLabel = 'Also searched as:';

/**
 * The position of the first word of the keywords in a record's words, or the number of words when
 * the record has none. Never throws.
 */
export function findKeywordsStart(words: readonly string[]): number {
  const label = keywordsLabel.split(' ');
  for (let i = 0; i + label.length <= words.length; i++) {
    if (label.every((part, j) => words[i + j] === part)) return i;
  }
  return words.length;
}

// Pagefind splits a record's content into words this way; its match positions count these words.
const wordSeparators = /[^\S\uFEFF]+/;

/** A record's content split into words the way Pagefind counts them. Never throws. */
export function splitWords(content: string): string[] {
  return content.split(wordSeparators);
}
