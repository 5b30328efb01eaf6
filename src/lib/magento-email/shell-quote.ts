/**
 * POSIX shell quoting. A single-quoted word is taken literally by every POSIX shell (no expansion of
 * $, `, \, !, * or ~); a single quote inside is written as '\'' (close, escaped quote, reopen).
 */

/** One word of a generated command. */
export type ShellWord =
  /** Text of our own: printed as is, so it must be plain (checked by renderWord). */
  | { kind: 'fixed'; text: string }
  /** Text the user typed: always single-quoted. */
  | { kind: 'user'; text: string }
  /** A path under the home folder ('' for the folder itself): "$HOME" followed by the quoted rest. */
  | { kind: 'home'; rest: string };

const plainWord = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** Wraps any text in single quotes so that the shell reads it as one literal word. Never throws. */
export function quoteShellWord(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** Renders one word for a POSIX shell; fixed text that isn't plain is quoted too, defensively. Never throws. */
export function renderWord(word: ShellWord): string {
  switch (word.kind) {
    case 'fixed':
      return plainWord.test(word.text) ? word.text : quoteShellWord(word.text);
    case 'user':
      return quoteShellWord(word.text);
    case 'home':
      return word.rest === '' ? '"$HOME"' : `"$HOME"/${quoteShellWord(word.rest)}`;
  }
}

/** Renders a command's words, separated by single spaces. Never throws. */
export function renderCommand(words: readonly ShellWord[]): string {
  return words.map(renderWord).join(' ');
}
