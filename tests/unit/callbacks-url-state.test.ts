import { describe, expect, test } from 'vitest';
import { quote, type SaltState, saltFromParams, saltToParams } from '../../src/lib/callbacks/url-state.ts';
import { readParams, writeParams } from '../../src/lib/site/tool-state.ts';

const example = 'iCanHasCheezeburger';
const page = 'https://site.example/tools/callbacks/?paymentId=lePayment';
const state = (salt: string, include = false, omitted = false): SaltState => ({ salt, include, omitted });
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);
const saltDefaults = { salt: example, saltOmitted: '' };
/** The salt written into a URL through the shared state contract, as the calculator does. */
const writeSalt = (href: string, s: SaltState, defaultSalt: string) =>
  writeParams(href, saltToParams(s, defaultSalt), { ...saltDefaults, salt: defaultSalt }).href;
/** The salt read from a query string through the shared state contract. */
const readSalt = (search: string, defaultSalt: string) =>
  saltFromParams(readParams(search, ['salt', 'saltOmitted']), defaultSalt);

describe('saltToParams: the salt is a secret', () => {
  test.each([
    // [case, state, parameters written]
    ['leaves a secret salt out, flagged', state('s3cr3t'), { paymentId: 'lePayment', saltOmitted: '1' }],
    ['writes it when the user includes it', state('s3cr3t', true), { paymentId: 'lePayment', salt: 's3cr3t' }],
    ['writes nothing for the documentation’s example', state(example), { paymentId: 'lePayment' }],
    ['writes nothing for the example, even when included', state(example, true), { paymentId: 'lePayment' }],
    // An empty salt gives nothing away, and must survive a reload as empty (not as the example).
    ['writes an empty salt as empty', state(''), { paymentId: 'lePayment', salt: '' }],
    [
      'keeps the flag while the left-out salt is still missing',
      state('', false, true),
      { paymentId: 'lePayment', saltOmitted: '1' },
    ],
  ])('%s', (_name, s, expected) => {
    expect(params(writeSalt(page, s, example))).toEqual(expected);
  });

  test('replaces an earlier salt when the user unticks the box', () => {
    const included = writeSalt(page, state('s3cr3t', true), example);
    expect(params(writeSalt(included, state('s3cr3t', false), example))).toEqual({
      paymentId: 'lePayment',
      saltOmitted: '1',
    });
  });

  test('returns a URL it cannot parse unchanged', () => {
    expect(writeSalt('http://[', state('x', true), example)).toBe('http://[');
  });
});

describe('saltFromParams', () => {
  test.each([
    // [query, state read]
    ['', state(example)],
    ['?salt=s3cr3t', state('s3cr3t', true)],
    ['?salt=', state('', true)],
    ['?saltOmitted=1', state('', false, true)],
    ['?saltOmitted=yes', state(example)],
    [`?salt=${'x'.repeat(600)}`, state('x'.repeat(500), true)],
    // A cut at 500 never leaves half an emoji.
    [`?salt=${'x'.repeat(499)}${encodeURIComponent('😀')}`, state('x'.repeat(499), true)],
  ])('reads %j', (query, expected) => {
    expect(readSalt(query, example)).toEqual(expected);
  });

  test.each([state('s3cr3t', true), state(''), state('', false, true), state(example)])(
    'reads back what it wrote (%j)',
    (s) => {
      const read = readSalt(new URL(writeSalt(page, s, example)).search, example);
      expect(read.salt).toBe(s.salt);
    },
  );
});

describe('quote', () => {
  test.each([
    ['BOOKED', '“BOOKED”'],
    ['a\u0000b\u001bc\u007f', '“abc”'],
    ['x'.repeat(41), `“${'x'.repeat(40)}…”`],
  ])('quotes %j as %j', (value, quoted) => {
    expect(quote(value)).toBe(quoted);
  });
});
