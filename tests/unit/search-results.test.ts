import { describe, expect, test } from 'vitest';
import { buildExcerpt, type ExcerptPart } from '../../src/lib/search/excerpt.ts';
import { type EngineHit, rankResults } from '../../src/lib/search/rank-results.ts';
import { findKeywordsStart, splitWords } from '../../src/lib/search/record-text.ts';

const words = (text: string) => splitWords(text);
/** Renders parts as text with [marked] words, for readable expectations. */
const show = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  const content = words('Q title. one two three four five six seven eight nine ten eleven twelve');
  test.each([
    // With no match the excerpt is the start of the text after the skipped title.
    [[], { skip: 2, length: 4 }, 'one two three four …'],
    // A match is marked and gets up to three words of context before it.
    [[8], { skip: 2, length: 5 }, '… four five six [seven] eight …'],
    // The window goes where most matches are; context before them never pushes a match out.
    [[3, 9, 11], { skip: 2, length: 4 }, '… seven [eight] nine [ten] …'],
    [[3, 9, 10], { skip: 2, length: 4 }, '… six seven [eight nine] …'],
    // Adjacent matches are one marked part.
    [[11, 12], { skip: 2, length: 20 }, 'one two three four five six seven eight nine [ten eleven] twelve'],
    // Words from `end` on (hidden keywords) are never shown, even when they match.
    [[13], { skip: 2, end: 6, length: 3 }, 'one two three …'],
    // Positions outside the text or not integers are ignored.
    [[-1, 99, 2.5], { skip: 2, length: 3 }, 'one two three …'],
  ])('builds an excerpt for matches %j with %j', (locations, options, expected) => {
    expect(show(buildExcerpt(content, locations, options))).toBe(expected);
  });

  test.each([
    // Nothing left after the skipped words.
    [words('only title'), 5],
    // An empty record.
    [words(''), 0],
  ])('returns no parts when there is nothing to show (%#)', (record, skip) => {
    expect(buildExcerpt(record, [0], { skip })).toEqual([]);
  });

  test('returns text parts, so markup in content stays text', () => {
    const parts = buildExcerpt(words('<b>bold</b> <script>x</script>'), [1]);
    expect(parts).toEqual([
      { text: '<b>bold</b> ', mark: false },
      { text: '<script>x</script>', mark: true },
    ]);
  });
});

describe('findKeywordsStart', () => {
  test.each([
    // The label's position in the words.
    ['Title. Body text. Also searched as: whitelist, allowlist', 3],
    // Without the label the keywords start after the last word.
    ['Title. Body text.', 3],
    // The label must be complete.
    ['Also searched', 2],
  ])('finds the keywords of %j at %i', (content, position) => {
    expect(findKeywordsStart(words(content))).toBe(position);
  });
});

const hit = (id: string, score: number, positions: number[] = []): EngineHit => ({ id, score, words: positions });

describe('rankResults', () => {
  test('puts records with every word first, in the engine order, then the others by words matched and score', () => {
    const strict = [hit('b', 5, [1]), hit('a', 9, [2])];
    const perTerm = [
      [hit('a', 4, [2]), hit('b', 1, [1]), hit('c', 50, [7]), hit('d', 1, [3])],
      [hit('a', 1, [5]), hit('b', 2, [9]), hit('d', 2, [4])],
    ];
    expect(rankResults(strict, perTerm).map((r) => [r.id, r.matchedAll, r.matchedTerms])).toEqual([
      ['b', true, 2],
      ['a', true, 2],
      // d has both words though the strict search missed it (a word it lacked was ignored there); c only one.
      ['d', false, 2],
      ['c', false, 1],
    ]);
  });

  test('merges every matched position of a record, sorted and unique', () => {
    const ranked = rankResults([hit('a', 1, [9, 2])], [[hit('a', 1, [2, 4])], [hit('a', 1, [1])]]);
    expect(ranked[0]?.words).toEqual([1, 2, 4, 9]);
  });

  test.each([
    // A one-word query has no per-word searches.
    [[hit('a', 1)], [], ['a']],
    // Nothing found anywhere.
    [[], [[], []], []],
    // A record the strict search lists twice appears once.
    [[hit('a', 2), hit('a', 1)], [], ['a']],
  ])('handles edge cases (%#)', (strict, perTerm, ids) => {
    expect(rankResults(strict, perTerm).map((r) => r.id)).toEqual(ids);
  });
});
