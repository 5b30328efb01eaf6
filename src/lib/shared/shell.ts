/**
 * POSIX shell quoting for the commands the tools show people to paste into a terminal. A
 * single-quoted word is taken literally by every POSIX shell (no expansion of $, `, \, !, * or ~);
 * a single quote inside is written as '\'' (close, escaped quote, reopen).
 */

/** Characters that need no quoting in any POSIX shell. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Wraps any text in single quotes so that the shell reads it as one literal word. Never throws. */
export function quoteShellWord(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * Quotes one argument for sh/bash/zsh so it reaches the program exactly as given: safe strings are
 * left bare, anything else goes in single quotes. Never throws.
 */
export function shellQuote(arg: string): string {
  return arg !== '' && SAFE.test(arg) ? arg : quoteShellWord(arg);
}

/** Joins a program and its arguments into one shell command line, quoting every argument. Never throws. */
export function shellCommand(...args: string[]): string {
  return args.map(shellQuote).join(' ');
}

/** One word of a generated command. */
export type ShellWord =
  /** Text of our own: printed as is when it is plain, quoted defensively otherwise. */
  | { kind: 'fixed'; text: string }
  /** Text the user typed: always single-quoted. */
  | { kind: 'user'; text: string }
  /** A path under the home folder ('' for the folder itself): "$HOME" followed by the quoted rest. */
  | { kind: 'home'; rest: string };

/** Renders one word for a POSIX shell. Never throws. */
export function renderWord(word: ShellWord): string {
  switch (word.kind) {
    case 'fixed':
      return shellQuote(word.text);
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
