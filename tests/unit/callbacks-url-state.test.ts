import { describe, expect, test } from 'vitest';
import { quote, readSalt, type SaltState, writeSalt } from '../../src/lib/callbacks/url-state.ts';

const example = 'iCanHasCheezeburger';
const page = 'https://site.example/tools/callbacks/?paymentId=lePayment';
const state = (salt: string, include = false, omitted = false): SaltState => ({ salt, include, omitted });
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('writeSalt: the salt is a secret', () => {
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
    expect(writeSalt('not a url', state('x', true), example)).toBe('not a url');
  });
});

describe('readSalt', () => {
  test.each([
    // [query, state read]
    ['', state(example)],
    ['?salt=s3cr3t', state('s3cr3t', true)],
    ['?salt=', state('', true)],
    ['?saltOmitted=1', state('', false, true)],
    ['?saltOmitted=yes', state(example)],
    [`?salt=${'x'.repeat(600)}`, state('x'.repeat(500), true)],
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
