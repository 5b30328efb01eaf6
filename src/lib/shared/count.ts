// Counts in English words, for every summary and live region of the site: one home for "1 rule" and
// "2 rules", so that a test can build the sentence it expects from a count in the data.

/** The form of a word or phrase for a count: `one` for exactly 1, else `many` ("is"/"are", "it"/"them"). Never throws. */
export function byCount(n: number | bigint, one: string, many: string): string {
  return n === 1 || n === 1n ? one : many;
}

/**
 * A count with its noun: "1 rule", "2 rules", "10,000 entries" (digits grouped as in English).
 * `many` defaults to `one` with an "s". Never throws.
 */
export function countOf(n: number | bigint, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${byCount(n, one, many)}`;
}
