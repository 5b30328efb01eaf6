/*
 * Characters that never belong in a path, user or service name typed for a shell command: line
 * breaks would split the command, other control characters are invisible, and bidirectional or
 * zero-width formatting characters can make the text on screen differ from what runs.
 */
const forbidden = /[\p{Cc}\p{Cs}\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;

function nameOf(char: string): string {
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return 'a line break';
  if (char === '\t') return 'a tab';
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `an invisible control character (U+${hex})`;
}

/**
 * Describes the first character that may not appear in a shell argument typed by a user, with its
 * 1-based position, e.g. "a line break at character 5"; null when there is none. Never throws.
 */
export function findForbiddenCharacter(text: string): string | null {
  const match = forbidden.exec(text);
  if (!match) return null;
  const position = Array.from(text.slice(0, match.index)).length + 1;
  return `${nameOf(match[0])} at character ${position}`;
}
