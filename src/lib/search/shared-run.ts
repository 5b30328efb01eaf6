// How much of a pasted error message a record holds word for word; runSearch ranks pasted queries by it.

/** A text's words for comparing runs: lower case, split at spaces and colons, without edge punctuation. */
function runWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s:]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * The longest run of consecutive words that a pasted text and a record's content share
 * ("curl: (6) Could not resolve host" in both gives 6): a record that holds the message itself
 * shares a long run, a page that merely uses its words does not. Never throws.
 */
export function longestSharedRun(pasted: string, content: string): number {
  const a = runWords(pasted).slice(0, 60);
  const b = runWords(content);
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        row[j] = run;
        if (run > best) best = run;
      }
    }
    previous = row;
  }
  return best;
}
