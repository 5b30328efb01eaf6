import { describe, expect, test } from 'vitest';
import { byCount, countOf } from '../../src/lib/shared/count.ts';

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
