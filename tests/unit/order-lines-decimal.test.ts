import { describe, expect, test } from 'vitest';
import { dec, decimalsOf, formatDecimal, parseDecimal } from '../../src/lib/order-lines/decimal.ts';

describe('parseDecimal', () => {
  test.each([
    // Plain decimals, as Resurs' decimal type allows them.
    ['12.50', '12.5'],
    ['-120.00000', '-120'],
    ['0', '0'],
    // xs:decimal allows a leading plus, a bare point on either side and surrounding whitespace.
    ['+5', '5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['  25.5\n', '25.5'],
    // Many decimals are kept exactly (no binary rounding).
    ['0.1000000000000000055511151231257827', '0.1000000000000000055511151231257827'],
  ])('reads %j as %s', (raw, expected) => {
    const parsed = parseDecimal(raw);
    expect(parsed.ok && parsed.value.toFixed()).toBe(expected);
  });

  test.each([
    // A decimal comma: say to write a point, with the corrected number.
    ['12,50', '“12,50” uses a decimal comma: write 12.50 (with a point)'],
    // Exponent notation: give the plain decimal.
    ['1e3', '“1e3” is exponent notation: write it as a plain decimal, 1000'],
    ['1.5E-2', '“1.5E-2” is exponent notation: write it as a plain decimal, 0.015'],
    // An exponent too large to spell out is still explained, without expanding it.
    ['1e999999', '“1e999999” is exponent notation: write it as a plain decimal'],
    // Thousands separators, in both conventions.
    ['1,250.00', '“1,250.00” has thousands separators: write 1250.00'],
    ['1.250,00', '“1.250,00” uses a point for thousands and a comma for decimals: write 1250.00'],
    // Spaces as thousands separators (Swedish style).
    ['1 250,50', '“1 250,50” contains spaces or apostrophes: write 1250.50'],
    // A percent sign in vatPct.
    ['25%', '“25%” has a percent sign: write 25'],
    // Currency and units.
    [
      '12.50 kr',
      '“12.50 kr” contains characters other than digits: write only the number (no currency or unit), such as 12.50',
    ],
    // Not numbers at all.
    ['NaN', '“NaN” is not a number: expected a decimal such as 12.50'],
    ['0x1F', '“0x1F” is hexadecimal: expected a decimal such as 12.50'],
    ['1.2.3', '“1.2.3” has more than one decimal point'],
    [
      '<script>',
      '“<script>” is not a number: expected a decimal such as 12.50 (digits, optionally a point and a minus sign)',
    ],
    // Whitespace only is empty.
    ['   ', 'is empty: expected a number such as 12.50'],
    // Control characters are shown, not passed through.
    [
      '1\u0000',
      '“1\\u0000” contains characters other than digits: write only the number (no currency or unit), such as 12.50',
    ],
  ])('rejects %j with an actionable message', (raw, message) => {
    expect(parseDecimal(raw)).toEqual({ ok: false, error: message });
  });

  test('rejects a 61-character number instead of computing with it', () => {
    expect(parseDecimal('1'.repeat(61))).toEqual({
      ok: false,
      error: 'has 61 characters: expected a number of at most 60',
    });
  });
});

describe('formatDecimal', () => {
  test.each([
    // At least two decimals, trailing zeros beyond them removed.
    ['3142', 5, 2, '3142.00'],
    ['12.568', 5, 2, '12.568'],
    // Rounded half up at the last decimal.
    ['79.681274900398406', 5, 2, '79.68127'],
    ['0.000005', 5, 2, '0.00001'],
    // No minimum: as few decimals as needed; never "-0".
    ['25.50', 5, 0, '25.5'],
    ['-0.000001', 5, 2, '0.00'],
  ])('formats %s (max %i, min %i) as %s', (value, max, min, expected) => {
    expect(formatDecimal(dec(value), max, min)).toBe(expected);
  });

  test.each([
    ['12', 0],
    ['12.500', 3],
    ['.5', 1],
  ])('counts the decimals of %s as %i', (text, count) => {
    expect(decimalsOf(text)).toBe(count);
  });
});
