// The words a search matched travel from the result link to the answer (?highlight=a+b#anchor), where
// src/scripts/search-highlight.ts marks them. The parameter is untrusted on arrival, so it is parsed
// into a short list of plain words and only ever used as text.

import { highlightParam } from './highlight-param.ts';

export { highlightParam };
/** At most this many words are highlighted. */
export const maxHighlightWords = 8;
const maxWordLength = 40;

// A word as it appears in content, without surrounding punctuation ("callbacks," → "callbacks").
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Reduces a word to the form that is highlighted: trimmed of punctuation, lower-case. Never throws. */
export function cleanWord(word: string): string {
  return word.replace(edges, '').toLowerCase();
}

/** The distinct words at `locations` of a record's words, in order of appearance, cleaned and capped. Never throws. */
export function matchedWords(words: readonly string[], locations: readonly number[]): string[] {
  const found: string[] = [];
  for (const location of [...locations].sort((a, b) => a - b)) {
    const word = cleanWord(words[location] ?? '');
    if (word !== '' && word.length <= maxWordLength && !found.includes(word)) found.push(word);
    if (found.length === maxHighlightWords) break;
  }
  return found;
}

/**
 * The link to a result: its URL with the matched words in `?highlight=` (before any #anchor), so the
 * answer can mark them. Never throws.
 */
export function resultHref(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const query = `${highlightParam}=${words.map((w) => encodeURIComponent(w)).join('+')}`;
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

/**
 * Parses the `highlight` parameter's value (already URL-decoded, words separated by spaces) into at
 * most `maxHighlightWords` clean words; anything else (markup, control characters, huge input) is
 * dropped. Never throws.
 */
export function parseHighlightWords(value: string | null): string[] {
  if (!value) return [];
  const words: string[] = [];
  for (const raw of value.slice(0, 1000).split(/\s+/)) {
    const word = cleanWord(raw);
    if (word === '' || word.length > maxWordLength || /[<>\p{Cc}\p{Cf}]/u.test(word)) continue;
    if (!words.includes(word)) words.push(word);
    if (words.length === maxHighlightWords) break;
  }
  return words;
}

/** A match of a highlight word in a text: [start, end) offsets. */
export interface TextMatch {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds whole-word, case-insensitive occurrences of the words in `text` ("callback" does not match
 * inside "callbacks"; "1.2" matches in "TLS 1.2."), sorted and non-overlapping. Never throws.
 */
export function findWordMatches(text: string, words: readonly string[]): TextMatch[] {
  const usable = words.filter((w) => w !== '').sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
