import { isStopword } from './stopwords.ts';

const plain = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Whether the query words occur next to each other, in order, somewhere in a record's words, with
 * filler words ignored on both sides and each query word matching the start of a record word (as the
 * engine matches): "callbacks arriving" occurs in "… callbacks not arriving …". Needs two words or
 * more; never throws.
 */
export function containsPhrase(words: readonly string[], terms: readonly string[]): boolean {
  if (terms.length < 2) return false;
  const content = words.map(plain).filter((word) => word !== '' && !isStopword(word));
  const wanted = terms.map(plain).filter((term) => term !== '');
  if (wanted.length < 2) return false;
  for (let i = 0; i + wanted.length <= content.length; i++) {
    if (wanted.every((term, j) => content[i + j]?.startsWith(term))) return true;
  }
  return false;
}
