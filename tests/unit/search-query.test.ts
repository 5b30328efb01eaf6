import { describe, expect, test } from 'vitest';
import { maxQueryLength, maxQueryTerms, normalizeQuery } from '../../src/lib/search/normalize-query.ts';
import { isStopword } from '../../src/lib/search/stopwords.ts';

describe('normalizeQuery', () => {
  test.each([
    // A customer's sentence keeps only the words worth searching for.
    ['my callbacks are not arriving', ['callbacks', 'arriving']],
    // Swedish filler words go too.
    ['varför kommer inte mina återanrop fram', ['kommer', 'återanrop', 'fram']],
    // Short technical words are not filler.
    ['which ip for tls', ['ip', 'tls']],
    // A question made only of filler words is searched as typed rather than not at all.
    ['how do I', ['how', 'do', 'i']],
    // Case is folded and repeated words are searched once.
    ['Callback CALLBACK callback', ['callback']],
    // Quotes and brackets around words are not part of them; a trailing full stop neither.
    ['"BOOKED" (timeout) done.', ['booked', 'timeout', 'done']],
    // IP addresses and versions stay whole.
    ['192.121.110.100 TLSv1.2', ['192.121.110.100', 'tlsv1.2']],
    // A pasted URL loses its scheme and splits into host, host labels and path.
    ['https://my-shop.local/resurs/callback', ['my-shop.local', 'shop', 'local', 'resurs', 'callback']],
    // A pasted error splits at colons.
    [
      'error:0A000102:SSL routines::unsupported protocol',
      ['error', '0a000102', 'ssl', 'routines', 'unsupported', 'protocol'],
    ],
    // Underscores and hyphens belong to the word.
    ['async_sending ip-adresser', ['async_sending', 'ip-adresser']],
    // Punctuation alone is not a word.
    ['?? -- !!', []],
    // The empty query has no words.
    ['', []],
  ])('picks the words of %j', (raw, terms) => {
    expect(normalizeQuery(raw).terms).toEqual(terms);
  });

  test.each([
    // Control characters, zero-width and bidi characters become spaces.
    ['call\u0000back\u200Bs \u202Etimeout', 'call back s timeout'],
    // Whitespace of any kind collapses.
    ['  ngrok \n\t tunnel  ', 'ngrok tunnel'],
    // Markup is kept as text: it is never interpreted.
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('cleans the text of %j', (raw, text) => {
    expect(normalizeQuery(raw).text).toBe(text);
  });

  test('cuts a huge query to the maximum length without splitting a character', () => {
    const query = normalizeQuery('å'.repeat(5000));
    expect(Array.from(query.text)).toHaveLength(maxQueryLength);
  });

  test('keeps at most the first words of a long question', () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`);
    expect(normalizeQuery(words.join(' ')).terms).toEqual(words.slice(0, maxQueryTerms));
  });

  test.each([
    // A query wrapped in double quotes asks for the exact phrase.
    ['"not a bug"', true],
    // Quotes inside the query do not.
    ['the "not a bug" list', false],
    ['not a bug', false],
  ])('reads %j as exact: %s', (raw, exact) => {
    expect(normalizeQuery(raw).exact).toBe(exact);
  });

  test('never throws on values that are not strings at run time', () => {
    expect(normalizeQuery(undefined as unknown as string).terms).toEqual(['undefined']);
  });
});

describe('isStopword', () => {
  test.each([
    ['the', true],
    ['inte', true],
    // Contractions count without their apostrophe, typed either way.
    ["can't", true],
    ['can’t', true],
    ['callback', false],
    ['ip', false],
    ['moms', false],
  ])('classifies %j as filler: %s', (word, expected) => {
    expect(isStopword(word)).toBe(expected);
  });
});
