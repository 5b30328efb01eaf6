import { describe, expect, test } from 'vitest';
import { moveActive } from '../../src/lib/search/active-option.ts';
import { containsPhrase } from '../../src/lib/search/phrase.ts';

describe('moveActive', () => {
  test.each([
    // ArrowDown from no choice picks the first option; ArrowUp the last.
    [-1, 5, 'ArrowDown', 0],
    [-1, 5, 'ArrowUp', 4],
    // Moving within the list.
    [1, 5, 'ArrowDown', 2],
    [1, 5, 'ArrowUp', 0],
    // Both ends wrap around.
    [4, 5, 'ArrowDown', 0],
    [0, 5, 'ArrowUp', 4],
    // A choice beyond a list that shrank counts as no choice.
    [9, 3, 'ArrowDown', 0],
    // An empty list has nothing to choose.
    [-1, 0, 'ArrowDown', -1],
    [2, 0, 'ArrowUp', -1],
  ] as const)('from %i of %i options, %s goes to %i', (active, count, key, expected) => {
    expect(moveActive(active, count, key)).toBe(expected);
  });
});

describe('containsPhrase', () => {
  const words = 'Also searched as: callbacks not arriving, webhook not received, TLS 1.2'.split(' ');
  test.each([
    // Filler words between the query words do not break the phrase.
    [['callbacks', 'arriving'], true],
    // Query words match the start of a word, as the engine does.
    [['callback', 'arriv'], true],
    // Punctuation and case are ignored.
    [['arriving', 'webhook'], true],
    [['tls', '1.2'], true],
    // The words must be in order and side by side.
    [['arriving', 'callbacks'], false],
    [['callbacks', 'webhook'], false],
    // One word is not a phrase.
    [['callbacks'], false],
    [[], false],
  ])('finds %j: %s', (terms, expected) => {
    expect(containsPhrase(words, terms)).toBe(expected);
  });
});
