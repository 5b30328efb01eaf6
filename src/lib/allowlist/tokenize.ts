/**
 * Splits a paste into address tokens. A line of nothing but address-like tokens (a list) gives one
 * entry per token, junk included, so every typo is reported. A line with words in it (a firewall
 * or web-server log, a config line such as `allow 1.2.3.4;`) gives only the tokens that look like
 * addresses, and the rest is counted as ignored.
 */

/** Pastes longer than this are cut here; the tool says so. */
export const MAX_INPUT_CHARS = 1_000_000;
/** At most this many entries are checked; the tool says how many were left out. */
export const MAX_ENTRIES = 20_000;

/** One token to check, with the line it came from (1-based). */
export interface Token {
  text: string;
  line: number;
}

/** The tokens of a paste and what was left out. */
export interface Tokenized {
  tokens: Token[];
  /** Words on log or config lines that are not addresses. */
  ignoredWords: number;
  /** A few of the ignored words, for the message. */
  ignoredSamples: string[];
  /** Control or invisible characters that were treated as separators. */
  controlCharacters: number;
  /** Characters cut off beyond MAX_INPUT_CHARS. */
  truncatedChars: number;
  /** Tokens beyond MAX_ENTRIES that were not checked. */
  droppedEntries: number;
}

/** C0/C1 controls except tab and line breaks, zero-width characters, bidi controls and the BOM. */
function isInvisible(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}
const SEPARATORS = /[\s,;"'`(){}]+/;
const KEY_PREFIX = /^[A-Za-z_][\w.-]*=/;
const ADDRESS_LIKE_LOOSE = /[0-9*]|:.*:/;
const DOTTED_CANDIDATE =
  /^(?:[0-9]+|0[xX][0-9a-fA-F]+|\*)(?:\.(?:[0-9]+|0[xX][0-9a-fA-F]+|\*)){2,3}(?:\/[0-9.]+)?(?::[0-9]+)?$/;
const V6_CANDIDATE =
  /^\[?[0-9a-fA-F:.]*::[0-9a-fA-F:.]*(?:%[\w.-]+)?(?:\/[0-9]+)?(?:\]:[0-9]+|\])?$|^\[?(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?:%[\w.-]+)?(?:\/[0-9]+)?\]?$/;
const RANGE_CANDIDATE = /^[0-9.]+-[0-9.]+$/;

function stripToken(raw: string): string {
  // "SRC=1.2.3.4" → the value; an unmatched bracket ("[client", "1.2.3.4:80]") or a full stop at the
  // end of a sentence is not part of an address.
  let token = raw.replace(KEY_PREFIX, '');
  if (token.endsWith(']') && !token.includes('[')) token = token.slice(0, -1);
  if (token.startsWith('[') && !token.includes(']')) token = token.slice(1);
  return token.endsWith('.') ? token.slice(0, -1) : token;
}

/** Whether a token on a log or config line is worth checking as an address. Never throws. */
export function looksLikeAddress(token: string): boolean {
  return DOTTED_CANDIDATE.test(token) || V6_CANDIDATE.test(token) || RANGE_CANDIDATE.test(token);
}

/** Splits pasted text into address tokens (see the module comment). Never throws. */
export function tokenize(input: string): Tokenized {
  const truncatedChars = Math.max(0, input.length - MAX_INPUT_CHARS);
  let controlCharacters = 0;
  let text = input.slice(0, MAX_INPUT_CHARS);
  for (let i = 0; i < text.length; i++) {
    if (isInvisible(text.charCodeAt(i))) controlCharacters++;
  }
  if (controlCharacters > 0) {
    text = Array.from(text, (ch) => (isInvisible(ch.charCodeAt(0)) ? ' ' : ch)).join('');
  }
  const tokens: Token[] = [];
  const ignoredSamples: string[] = [];
  let ignoredWords = 0;
  let droppedEntries = 0;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').split(SEPARATORS).filter((t) => t !== '');
    if (raw.length === 0) continue;
    const words = raw.map(stripToken).filter((t) => t !== '');
    // A line with words is a log or config line, unless nothing on it looks like an address: then
    // every token is reported, so pasted junk gets an explanation instead of vanishing.
    const isList =
      words.length === 1 || words.every((w) => ADDRESS_LIKE_LOOSE.test(w)) || !words.some(looksLikeAddress);
    for (const word of words) {
      if (!isList && !looksLikeAddress(word)) {
        ignoredWords++;
        if (ignoredSamples.length < 5) ignoredSamples.push(word.slice(0, 40));
        continue;
      }
      if (tokens.length >= MAX_ENTRIES) droppedEntries++;
      else tokens.push({ text: word, line: i + 1 });
    }
  }
  return { tokens, ignoredWords, ignoredSamples, controlCharacters, truncatedChars, droppedEntries };
}
