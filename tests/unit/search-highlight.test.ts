import { describe, expect, test } from 'vitest';
import {
  cleanWord,
  findWordMatches,
  matchedWords,
  maxHighlightWords,
  parseHighlightWords,
  resultHref,
} from '../../src/lib/search/highlight.ts';

describe('cleanWord', () => {
  test.each([
    ['Callbacks,', 'callbacks'],
    ['“BOOKED”', 'booked'],
    ['(TLSv1.2).', 'tlsv1.2'],
    ['async_sending', 'async_sending'],
    ['—', ''],
  ])('cleans %j to %j', (word, expected) => {
    expect(cleanWord(word)).toBe(expected);
  });
});

describe('matchedWords', () => {
  const words = 'Callbacks never arrive. Callbacks, arrive! Also searched as: whitelist'.split(' ');
  test.each([
    // Distinct words in order of position, whatever order the positions come in.
    [
      [3, 0, 2],
      ['callbacks', 'arrive'],
    ],
    // Positions beyond the words are ignored.
    [[42], []],
    // No positions, no words.
    [[], []],
  ])('reads the words at %j', (locations, expected) => {
    expect(matchedWords(words, locations)).toEqual(expected);
  });

  test('stops at the maximum number of words', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(
      matchedWords(
        many,
        many.map((_, i) => i),
      ),
    ).toHaveLength(maxHighlightWords);
  });
});

describe('resultHref', () => {
  test.each([
    // The words go before the anchor, joined with "+".
    ['/faq/#are-you-using-ngrok', ['ngrok', 'tunnel'], '/faq/?highlight=ngrok+tunnel#are-you-using-ngrok'],
    // Words are URL-encoded.
    ['/faq/#x', ['återanrop', 'a&b'], '/faq/?highlight=%C3%A5teranrop+a%26b#x'],
    // A URL that already has a query gets the parameter appended.
    ['/tools/allowlist/?ip=1', ['cidr'], '/tools/allowlist/?ip=1&highlight=cidr'],
    // Without words the URL is unchanged.
    ['/faq/#x', [], '/faq/#x'],
    // A base path stays in front.
    ['/help/faq/#x', ['vat'], '/help/faq/?highlight=vat#x'],
  ])('links %j with %j', (url, words, expected) => {
    expect(resultHref(url, words)).toBe(expected);
  });

  test('round-trips through the URL parser back to the same words', () => {
    const href = resultHref('/faq/#x', ['återanrop', 'tlsv1.2', 'a+b']);
    const value = new URL(href, 'http://example.com').searchParams.get('highlight');
    expect(parseHighlightWords(value)).toEqual(['återanrop', 'tlsv1.2', 'a+b']);
  });
});

describe('parseHighlightWords', () => {
  test.each([
    // Words separated by spaces, cleaned and deduplicated.
    ['Callbacks callbacks, ARRIVE', ['callbacks', 'arrive']],
    // A word with markup characters is dropped; the rest are kept.
    ['<script>alert(1)</script> ok', ['ok']],
    // A word with a control character is dropped.
    ['ok bad\u0007word', ['ok']],
    // A word longer than 40 characters is dropped.
    [`${'x'.repeat(41)} ok`, ['ok']],
    // Missing or empty parameters give no words.
    [null, []],
    ['', []],
    ['   ', []],
  ])('parses %j', (value, expected) => {
    expect(parseHighlightWords(value)).toEqual(expected);
  });

  test('keeps at most the maximum number of words from a huge parameter', () => {
    const value = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    expect(parseHighlightWords(value)).toHaveLength(maxHighlightWords);
  });
});

describe('findWordMatches', () => {
  const text = 'Callbacks and callback: TLS 1.2. Not callbacksX or xcallback; ÅTERANROP återanrop.';
  const found = (words: string[]) => findWordMatches(text, words).map((m) => text.slice(m.start, m.end));
  test.each([
    // Whole words only, any case.
    [['callback'], ['callback']],
    [['callbacks'], ['Callbacks']],
    // Words with dots match as written.
    [['1.2'], ['1.2']],
    // Letters beyond ASCII fold case too.
    [['återanrop'], ['ÅTERANROP', 'återanrop']],
    // Several words; the longer one wins where they overlap.
    [['tls', 'tls 1.2'], ['TLS 1.2']],
    // Regular-expression characters are literal.
    [['.*'], []],
    // No words, no matches.
    [[], []],
  ])('finds %j', (words, expected) => {
    expect(found(words)).toEqual(expected);
  });
});
