import { describe, expect, test } from 'vitest';
import { byCount, countOf, groupDigits } from '../../src/lib/shared/count.ts';

describe('countOf', () => {
  test.each([
    // One takes the singular.
    [1, 'rule', undefined, '1 rule'],
    // Zero and more take the plural, with an "s" by default.
    [0, 'rule', undefined, '0 rules'],
    [2, 'rule', undefined, '2 rules'],
    // An irregular plural is given.
    [3, 'entry', 'entries', '3 entries'],
    // A phrase agrees as a whole.
    [1, 'item needs', 'items need', '1 item needs'],
    // Digits are grouped as in English.
    [10_000, 'entry', 'entries', '10,000 entries'],
    // Address counts are bigints.
    [1n, 'address', 'addresses', '1 address'],
    [524_288n, 'address', 'addresses', '524,288 addresses'],
  ])('counts %s %j as %j', (n, one, many, text) => {
    expect(countOf(n, one, many)).toBe(text);
  });
});

describe('byCount', () => {
  test.each([
    // Exactly one, as a number or a bigint.
    [1, 'is'],
    [1n, 'is'],
    // Anything else.
    [0, 'are'],
    [2n, 'are'],
  ])('picks the form for %s', (n, form) => {
    expect(byCount(n, 'is', 'are')).toBe(form);
  });
});

describe('groupDigits', () => {
  // Integers around every grouping boundary, as numbers and bigints, signed: the expected text is
  // the one Intl gives (toLocaleString('en')), which groupDigits stands in for without loading it.
  const integers = [0n, 1n, 7n, 2n ** 53n - 1n, 2n ** 64n, 2n ** 128n];
  for (let digits = 1; digits <= 22; digits++) integers.push(10n ** BigInt(digits) - 1n, 10n ** BigInt(digits));
  const cases = integers.flatMap((n) =>
    n === 0n ? [0n, 0] : [n, -n, ...(n <= BigInt(Number.MAX_SAFE_INTEGER) ? [Number(n), -Number(n)] : [])],
  );
  test.each(cases.map((n) => [n, n.toLocaleString('en')]))('groups %s as %s', (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });

  test.each([
    // Not integers: given as they are, never rounded.
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [1234.5, '1234.5'],
    // Minus zero is zero.
    [-0, '0'],
  ])('gives %s as %s', (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });
});
