/*
 * Characters that never belong in a path, user or service name typed for a shell command: line
 * breaks would split the command, other control characters are invisible, and format characters
 * (the whole Unicode category Cf: bidirectional controls, zero-width characters, the soft hyphen,
 * tag characters, interlinear annotations, U+061C, U+180E …) can make the text on screen differ
 * from what runs. Line and paragraph separators (Zl, Zp) break lines; lone surrogates (Cs) are half
 * a character.
 */
const forbidden = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const named: Record<string, string> = {
  '\u00AD': 'a soft hyphen',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u061C': 'an Arabic letter mark',
  '\u202A': 'a left-to-right embedding',
  '\u202B': 'a right-to-left embedding',
  '\u202C': 'a pop directional formatting',
  '\u202D': 'a left-to-right override',
  '\u202E': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
  '\u180E': 'a Mongolian vowel separator',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a zero-width no-break space (byte-order mark)',
};

function nameOf(char: string): string {
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return 'a line break';
  if (char === '\t') return 'a tab';
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = named[char];
  if (name) return `${name} (U+${hex})`;
  if (code >= 0xe0000 && code <= 0xe007f) return `an invisible tag character (U+${hex})`;
  if (/\p{Cf}/u.test(char)) return `an invisible formatting character (U+${hex})`;
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
