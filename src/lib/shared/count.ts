// Counts in English words, for every summary and live region of the site: one home for "1 rule" and
// "2 rules", so that a test can build the sentence it expects from a count in the data.

/** The form of a word or phrase for a count: `one` for exactly 1, else `many` ("is"/"are", "it"/"them"). Never throws. */
export function byCount(n: number | bigint, one: string, many: string): string {
  return n === 1 || n === 1n ? one : many;
}

/**
 * An integer with its digits grouped in threes as in English: 10000 → "10,000", -1234567n →
 * "-1,234,567". The same text as `toLocaleString('en')` for integers, without Intl: the first
 * `toLocaleString` on a page loads the locale data, a long task on a slow phone while a tool
 * hydrates. Anything but an integer (NaN, Infinity, a fraction) is given as `String(n)`. Never throws.
 */
export function groupDigits(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isInteger(n)) return String(n);
  const text = (typeof n === 'bigint' ? n : BigInt(n)).toString();
  const sign = text.startsWith('-') ? '-' : '';
  return sign + text.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A count with its noun: "1 rule", "2 rules", "10,000 entries" (digits grouped as in English).
 * `many` defaults to `one` with an "s". Never throws.
 */
export function countOf(n: number | bigint, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${byCount(n, one, many)}`;
}
