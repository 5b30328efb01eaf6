import type { Tokenized } from '../../../../lib/allowlist/tokenize.ts';
import { MAX_ENTRIES, MAX_INPUT_CHARS } from '../../../../lib/allowlist/tokenize.ts';
import { byCount, countOf, groupDigits } from '../../../../lib/shared/count.ts';

export interface Props {
  info: Omit<Tokenized, 'tokens'>;
}

/** What the tokenizer left out or cleaned up, in words, so nothing is dropped silently. */
export function AllowlistInputNotes({ info }: Props) {
  const notes: string[] = [];
  if (info.truncatedChars > 0) {
    notes.push(
      `Only the first ${groupDigits(MAX_INPUT_CHARS)} characters were read; ${groupDigits(info.truncatedChars)} more were left out.`,
    );
  }
  if (info.droppedEntries > 0) {
    notes.push(
      `Only the first ${groupDigits(MAX_ENTRIES)} entries were checked; ${groupDigits(info.droppedEntries)} more were left out.`,
    );
  }
  if (info.controlCharacters > 0) {
    notes.push(
      `${countOf(info.controlCharacters, 'control or invisible character was', 'control or invisible characters were')} treated as a separator.`,
    );
  }
  if (info.ignoredWords > 0) {
    notes.push(
      `${countOf(info.ignoredWords, 'word')} on log or config lines ${byCount(info.ignoredWords, 'is', 'are')} not an address and ${byCount(info.ignoredWords, 'was', 'were')} skipped (${info.ignoredSamples.join(', ')}${info.ignoredWords > info.ignoredSamples.length ? ', …' : ''}). Put an entry on a line of its own to have it checked.`,
    );
  }
  if (notes.length === 0) return null;
  return (
    <ul class="al-input-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
