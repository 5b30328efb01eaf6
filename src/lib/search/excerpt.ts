/** A run of excerpt text; `mark` is true for a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Options for `buildExcerpt`. */
export interface ExcerptOptions {
  /** Words in the excerpt (Pagefind's default is 30). */
  length?: number;
  /** Words at the start never shown (the question, which the result already displays). */
  skip?: number;
  /** Words from this position on are never shown (the hidden keywords). */
  end?: number;
}

/**
 * Builds a plain-text excerpt of up to `length` words from `words[skip, end)`, placed over the run
 * with the most matched words (`locations` are Pagefind's word positions) and marking them. With no
 * match in range, it is the first words of that range. Adjacent parts are merged and "…" shows where
 * text was cut. The parts are text, never HTML, so they render safely. Never throws.
 */
export function buildExcerpt(
  words: readonly string[],
  locations: readonly number[],
  options: ExcerptOptions = {},
): ExcerptPart[] {
  const end = Math.min(words.length, Math.max(0, Math.floor(options.end ?? words.length)));
  const skip = Math.min(Math.max(0, Math.floor(options.skip ?? 0)), end);
  const length = Math.max(1, Math.floor(options.length ?? 30));
  const marked = new Set(locations.filter((l) => Number.isInteger(l) && l >= skip && l < end));
  const visible = (i: number) => (words[i] ?? '') !== '';
  if (end === skip) return [];

  // Slide a window over [skip, end); keep the first window with the most matched words.
  let start = skip;
  let best = -1;
  for (let from = skip; from <= Math.max(skip, end - length); from++) {
    let count = 0;
    for (let i = from; i < Math.min(from + length, end); i++) if (marked.has(i)) count++;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  // Give the first match three words of context before it, as far as that drops no match.
  const firstMatch = [...marked].filter((l) => l >= start && l < start + length).sort((a, b) => a - b)[0];
  if (firstMatch !== undefined) {
    start = Math.min(Math.max(start, firstMatch - 3), Math.max(skip, end - length));
    const lastMatch = Math.max(...[...marked].filter((l) => l >= start && l < start + length));
    const slack = Math.min(start + length, end) - 1 - lastMatch;
    start -= Math.max(0, Math.min(3 - (firstMatch - start), slack, start - skip));
  }
  const stop = Math.min(end, start + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const previous = parts[parts.length - 1];
    if (previous && previous.mark === mark) previous.text += text;
    else parts.push({ text, mark });
  };
  if (start > skip) push('… ', false);
  let previous = -1;
  for (let i = start; i < stop; i++) {
    if (!visible(i)) continue;
    // The space between two matched words belongs to the marked run.
    if (previous !== -1) push(' ', marked.has(previous) && marked.has(i));
    previous = i;
    push(words[i] ?? '', marked.has(i));
  }
  if (stop < end) push(' …', false);
  return parts;
}
