/** POSIX shell quoting for commands the page shows people to paste into a terminal. */

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one argument for sh/bash/zsh so it reaches the program exactly as given: safe strings are
 * left bare, anything else goes in single quotes (a ' inside becomes '\''). Never throws.
 */
export function shellQuote(arg: string): string {
  if (arg !== '' && SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Joins a program and its arguments into one shell command line, quoting every argument. Never throws. */
export function shellCommand(...args: string[]): string {
  return args.map(shellQuote).join(' ');
}
