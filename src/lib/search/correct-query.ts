import { isStopword } from './stopwords.ts';
import { minWordLength, type Vocabulary } from './vocabulary.ts';

// Typo tolerance over the index's own vocabulary. The engine matches word prefixes only, so a query
// word that is neither an indexed word nor the start of one matches nothing. Such a word, and only
// such a word, is replaced by the closest indexed word: an inflection of it ("återanropen" →
// "återanrop"), the same word with å/ä/ö ("brandvagg" → "brandvägg"), a Swedish compound of two
// indexed words ("rabattrad" → "rabatt rad"), or the most frequent word within a small edit distance
// ("firwall" → "firewall"). A word the index has is never changed.

/** One replaced query word: `to` may hold two words (a split compound). */
export interface Correction {
  from: string;
  to: string;
  /** Whether the page says so ("Showing results for …"); inflections are replaced silently. */
  shown: boolean;
}

/** Query terms after correction, and what was replaced. */
export interface CorrectedTerms {
  terms: string[];
  corrections: Correction[];
}

// QWERTY rows with the Swedish keys: a slip to a neighbouring key is the commonest typo.
const keyRows = ['1234567890+', 'qwertyuiopå', 'asdfghjklöä', 'zxcvbnm'];
const keyPosition = new Map<string, [number, number]>();
keyRows.forEach((row, r) => {
  Array.from(row).forEach((key, c) => {
    keyPosition.set(key, [r, c]);
  });
});
/** Whether two keys touch on the keyboard (same row, or the row above or below, at most one key off). */
function adjacentKeys(a: string, b: string): boolean {
  const p = keyPosition.get(a);
  const q = keyPosition.get(b);
  if (!p || !q) return false;
  const rowGap = Math.abs(p[0] - q[0]);
  return (rowGap === 0 && Math.abs(p[1] - q[1]) === 1) || (rowGap === 1 && q[1] - p[1] >= -1 && q[1] - p[1] <= 1);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

// The letters people type without their marks, for the edit distance's inner loop (fold() is too slow there).
const plainLetter: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', ø: 'o', æ: 'a' };

/** What replacing `a` by `b` costs: 0.25 for a letter and its å/ä/ö form, 0.5 for a neighbouring key, else 1. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if ((plainLetter[a] ?? a) === (plainLetter[b] ?? b)) return 0.25;
  return adjacentKeys(a, b) ? 0.5 : 1;
}

/**
 * The weighted Damerau–Levenshtein (optimal string alignment) distance: insertions, deletions and
 * swaps of two neighbouring letters cost 1, substitutions as `substitutionCost`. Stops early and
 * returns Infinity once the distance must exceed `limit`. Never throws.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return Number.POSITIVE_INFINITY;
  const width = t.length + 1;
  // Three rows of the table, reused: two rows back (for swaps), the previous one and this one.
  let before = new Float64Array(width);
  let previous = new Float64Array(width);
  let row = new Float64Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    row[0] = i;
    let best = i;
    const si = s[i - 1] ?? '';
    for (let j = 1; j < width; j++) {
      const tj = t[j - 1] ?? '';
      let cost = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitutionCost(si, tj),
      );
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === tj) cost = Math.min(cost, (before[j - 2] ?? 0) + 1);
      row[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Number.POSITIVE_INFINITY;
    [before, previous, row] = [previous, row, before];
  }
  const distance = previous[t.length] ?? Number.POSITIVE_INFINITY;
  return distance > limit ? Number.POSITIVE_INFINITY : distance;
}

/** The largest edit distance corrected for a word: none below 4 letters, 1 up to 7, 2 from 8. */
export function allowedDistance(word: string): number {
  const length = Array.from(word).length;
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// Endings of English and Swedish inflections: an indexed word plus one of these is the same word.
const inflections = [
  // English
  's',
  'es',
  'ed',
  'ing',
  // Swedish: definite and plural forms of nouns ("återanropen", "certifikatet"), verb forms ("testa",
  // "implementera", "väntar" from "vänta") and adjectives ("lokala").
  'a',
  'e',
  'n',
  'r',
  't',
  'en',
  'et',
  'na',
  'er',
  'ar',
  'or',
  'ns',
  'ts',
  'era',
  'erar',
  'erade',
  'erna',
  'arna',
  'orna',
  'ens',
  'ets',
];
const longestEndingFirst = [...inflections].sort((a, b) => b.length - a.length);
// Swedish joins compounds with an "s" ("brandväggs|regler"); parts shorter than this are not split off.
const minPart = 3;

/** How many letters two words share at their start. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// English endings the engine's stemmer removes: two words that differ only in these share a stem.
const stemEndings = new Set(['', 'e', 's', 'es', 'ed', 'ing', 'er', 'or', 'ors', 'ate', 'ation', 'ion', 'ions', 'ly']);

/** Whether two words differ only in English endings the engine's stemmer removes ("calculate", "calculator"). */
function shareStem(a: string, b: string): boolean {
  const common = commonPrefix(a, b);
  return common >= 5 && stemEndings.has(a.slice(common)) && stemEndings.has(b.slice(common));
}

/** Whether the engine finds `word` as it is: an indexed word, the start of one, or a word with the same English stem. */
function matchesAsIs(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.counts.has(word)) return true;
  return vocabulary.words.some((known) => known.startsWith(word) || (!isStopword(known) && shareStem(word, known)));
}

/** The indexed word `word` inflects ("återanropen" → "återanrop"), or undefined. */
function findInflected(word: string, vocabulary: Vocabulary): string | undefined {
  for (const ending of longestEndingFirst) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length >= 4 && !isStopword(stem) && vocabulary.counts.has(stem)) return stem;
  }
  return undefined;
}

/** The closest indexed word within `limit` (at most the allowed distance), the most frequent on a tie, or undefined. */
function findClosest(word: string, vocabulary: Vocabulary, most = 2): string | undefined {
  const limit = Math.min(most, allowedDistance(word));
  if (limit === 0) return undefined;
  let best: { word: string; cost: number; count: number } | undefined;
  for (const known of vocabulary.words) {
    if (known.length < 4 || Math.abs(known.length - word.length) > limit) continue;
    // A typo seldom hits both of the first two letters: skip words that share neither (ten times faster).
    if (known[0] !== word[0] && known[1] !== word[1] && known[0] !== word[1]) continue;
    if (isStopword(known)) continue;
    const cost = editDistance(word, known, limit);
    if (!Number.isFinite(cost)) continue;
    const count = vocabulary.counts.get(known) ?? 0;
    if (!best || cost < best.cost || (cost === best.cost && count > best.count)) best = { word: known, cost, count };
  }
  return best?.word;
}

/** The indexed word a word is, or inflects, or undefined. */
function resolveExactly(word: string, vocabulary: Vocabulary): string | undefined {
  if (vocabulary.counts.has(word)) return word;
  return findInflected(word, vocabulary);
}

/** Two indexed words a compound is made of ("brandväggsregler" → "brandvägg regler"), or undefined. */
function splitCompound(word: string, vocabulary: Vocabulary): string | undefined {
  const letters = Array.from(word);
  for (let at = letters.length - minPart; at >= minPart + 1; at--) {
    const head = letters.slice(0, at).join('');
    const tail = letters.slice(at).join('');
    const first = vocabulary.counts.has(head)
      ? head
      : head.endsWith('s') && vocabulary.counts.has(head.slice(0, -1))
        ? head.slice(0, -1)
        : undefined;
    if (!first || first.length < minPart + 1 || isStopword(first)) continue;
    const second = resolveExactly(tail, vocabulary);
    if (second && !isStopword(second)) return `${first} ${second}`;
  }
  return undefined;
}

const foldedCache = new WeakMap<Vocabulary, Map<string, string>>();
/** The vocabulary's words by their form without å/ä/ö ("brandvagg" → "brandvägg"), built once per vocabulary. */
function foldedWords(vocabulary: Vocabulary): Map<string, string> {
  let folded = foldedCache.get(vocabulary);
  if (!folded) {
    folded = new Map<string, string>();
    for (const known of vocabulary.words) if (!folded.has(fold(known))) folded.set(fold(known), known);
    foldedCache.set(vocabulary, folded);
  }
  return folded;
}

/** Whether a term is a plain word a person may have misspelled (no digits, dots, hyphens or codes). */
const correctable = (term: string) => /^\p{L}+$/u.test(term) && Array.from(term).length >= minWordLength + 1;

/**
 * Corrects the query terms that the index cannot match, in the order: inflection, å/ä/ö, one edit,
 * compound, two edits. Terms the index has, and terms that are not plain words, stay as they are; a
 * term with no close indexed word stays too. Never throws.
 */
export function correctTerms(terms: readonly string[], vocabulary: Vocabulary): CorrectedTerms {
  const corrected: string[] = [];
  const corrections: Correction[] = [];
  const folded = foldedWords(vocabulary);
  for (const term of terms) {
    if (!correctable(term) || matchesAsIs(term, vocabulary)) {
      corrected.push(term);
      continue;
    }
    const inflected = findInflected(term, vocabulary);
    const replacement =
      inflected ??
      folded.get(fold(term)) ??
      findClosest(term, vocabulary, 1) ??
      splitCompound(term, vocabulary) ??
      findClosest(term, vocabulary);
    if (!replacement) {
      corrected.push(term);
      continue;
    }
    corrections.push({ from: term, to: replacement, shown: inflected === undefined });
    corrected.push(...replacement.split(' '));
  }
  return { terms: [...new Set(corrected)], corrections };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query text with the shown corrections applied as whole words, case-insensitively ("Firwall
 * rules" → "firewall rules"): what "Showing results for …" displays and links to. Never throws.
 */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  let result = text;
  for (const { from, to, shown } of corrections) {
    if (!shown) continue;
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'giu'), to);
  }
  return result;
}
