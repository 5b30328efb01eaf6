import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultDigestFields } from '../../src/lib/callbacks/digest-calculator.ts';
import { defaultRawOptions } from '../../src/lib/magento-email/options.ts';
import { defaultParams as orderLinesDefaults } from '../../src/lib/order-lines/editor-state.ts';
import { cutText, encodeComponent, wellFormed } from '../../src/lib/site/text.ts';
import { linkPolicy, readParams, writeParams } from '../../src/lib/site/tool-state.ts';

const page = 'https://site.example/tools/x/';
const emoji = '😀';
const high = emoji[0] ?? '';
const low = emoji[1] ?? '';

describe('wellFormed, encodeComponent, cutText', () => {
  test.each([
    // [case, input, well-formed]
    ['keeps plain text', 'abc', 'abc'],
    ['keeps a whole emoji', `a${emoji}b`, `a${emoji}b`],
    ['replaces a lone high surrogate', `a${high}`, 'a\uFFFD'],
    ['replaces a lone low surrogate', `${low}a`, '\uFFFDa'],
    ['replaces two high surrogates in a row', `${high}${high}${low}`, `\uFFFD${emoji}`],
  ])('%s', (_name, input, expected) => {
    expect(wellFormed(input)).toBe(expected);
    expect(() => encodeComponent(input)).not.toThrow();
    expect(decodeURIComponent(encodeComponent(input))).toBe(expected);
  });

  test.each([
    // [case, text, max, cut]
    ['leaves short text alone', 'abc', 5, 'abc'],
    ['cuts at the limit', 'abcdef', 3, 'abc'],
    ['never cuts an emoji in half (499 × a + emoji at 500)', `${'a'.repeat(499)}${emoji}`, 500, 'a'.repeat(499)],
    ['keeps an emoji that fits', `${'a'.repeat(498)}${emoji}`, 500, `${'a'.repeat(498)}${emoji}`],
  ])('%s', (_name, text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});

describe('readParams', () => {
  test.each([
    // [case, query, keys, read]
    ['reads the owned keys only', '?a=1&b=2&c=3', ['a', 'b'], { a: '1', b: '2' }],
    ['leaves absent keys absent', '?a=1', ['a', 'b'], { a: '1' }],
    ['reads an empty value as empty', '?a=', ['a'], { a: '' }],
    ['takes the first of a repeated key', '?a=1&a=2', ['a'], { a: '1' }],
    ['reads + as a space', '?a=x+y', ['a'], { a: 'x y' }],
    [
      'reads % garbage as the browser does',
      '?a=%E0%A4%A&b=%&c=%zz',
      ['a', 'b', 'c'],
      { a: '\uFFFD%A', b: '%', c: '%zz' },
    ],
    ['reads an encoded half emoji as U+FFFD', '?a=%F0%9F%98', ['a'], { a: '\uFFFD' }],
    ['reads a raw lone surrogate as U+FFFD', `?a=x${high}`, ['a'], { a: 'x\uFFFD' }],
    ['works without the leading ?', 'a=1', ['a'], { a: '1' }],
    ['reads nothing from an empty query', '', ['a'], {}],
  ])('%s', (_name, query, keys, expected) => {
    expect(readParams(query, keys)).toEqual(expected);
  });

  test('reads a 100 KB value whole', () => {
    const value = 'x'.repeat(100_000);
    expect(readParams(`?a=${value}`, ['a'])).toEqual({ a: value });
  });
});

describe('writeParams', () => {
  const defaults = { a: 'one', b: '' };
  test.each([
    // [case, href, values, query and fragment written]
    ['writes nothing for the defaults', page, { a: 'one', b: '' }, ''],
    ['writes what differs from the defaults', page, { a: 'two', b: '' }, '?a=two'],
    ['writes an emptied field as empty (it differs from its default)', page, { a: '', b: '' }, '?a='],
    ['keeps parameters it does not own, and the fragment', `${page}?x=1#top`, { a: 'one', b: 'z' }, '?x=1&b=z#top'],
    ['removes its own stale parameters', `${page}?a=old&b=old`, { a: 'one', b: '' }, ''],
    ['encodes half an emoji as U+FFFD instead of throwing', page, { a: `x${high}`, b: '' }, '?a=x%EF%BF%BD'],
    ['encodes markup and quotes', page, { a: '"><script>', b: '' }, '?a=%22%3E%3Cscript%3E'],
  ])('%s', (_name, href, values, expected) => {
    const link = writeParams(href, values, defaults);
    expect(link.href).toBe(`${page}${expected}`);
    expect(link.omitted).toEqual([]);
  });

  test('keeps a root-relative link root-relative, with a new fragment', () => {
    expect(writeParams('/help/tools/x/', { a: 'two', b: '' }, defaults, { hash: 'sec' }).href).toBe(
      '/help/tools/x/?a=two#sec',
    );
  });

  test('returns a URL it cannot parse unchanged', () => {
    expect(writeParams('http://[', { a: 'two', b: '' }, defaults).href).toBe('http://[');
  });

  test(`flags a link over ${linkPolicy.warnAbove} characters as long, counting the origin`, () => {
    const fits = 'x'.repeat(linkPolicy.warnAbove - '/p/?a='.length);
    expect(writeParams('/p/', { a: fits, b: '' }, defaults).long).toBe(false);
    const withOrigin = writeParams('/p/', { a: fits, b: '' }, defaults, { extraLength: 20 });
    expect(withOrigin.long).toBe(true);
    expect(withOrigin.length).toBe(linkPolicy.warnAbove + 20);
  });

  test(`keeps values out of a URL over ${linkPolicy.maxUrl} characters, the longest first`, () => {
    const huge = 'y'.repeat(linkPolicy.maxUrl);
    const link = writeParams(page, { a: 'small', b: huge }, defaults);
    expect(link.omitted).toEqual(['b']);
    expect(link.href).toBe(`${page}?a=small`);
    expect(link.length).toBeLessThanOrEqual(linkPolicy.maxUrl);
  });

  test('never throws and round-trips any values (half emoji as U+FFFD)', () => {
    fc.assert(
      fc.property(
        fc.record({
          a: fc.string({ unit: 'binary', maxLength: 300 }),
          b: fc.string({ unit: 'binary', maxLength: 300 }),
        }),
        fc.string({ unit: 'binary', maxLength: 50 }),
        (values, junk) => {
          const link = writeParams(`${page}?${junk}`, values, defaults);
          const read = { ...defaults, ...readParams(new URL(link.href).search, ['a', 'b']) };
          expect(read).toEqual({ a: wellFormed(values.a), b: wellFormed(values.b) });
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  // Every tool's default state has a bare link: its defaults come from the tools' own data.
  test.each<[string, Record<string, string>]>([
    ['Magento e-mail builder', { ...defaultRawOptions }],
    ['digest calculator', { ...defaultDigestFields }],
    ['order-line validator', orderLinesDefaults()],
  ])('writes a bare link for the %s defaults', (_name, toolDefaults) => {
    expect(writeParams(page, toolDefaults, toolDefaults).href).toBe(page);
  });
});
