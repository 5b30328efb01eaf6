import { isStopword } from './stopwords.ts';

/** The longest query kept, in characters; the search inputs carry the same `maxlength`. */
export const maxQueryLength = 200;
/** The most words searched one by one; longer questions keep their first words. */
export const maxQueryTerms = 8;

/** A query ready for the engine. */
export interface NormalizedQuery {
  /** The cleaned text as the user meant it: control characters removed, spaces collapsed, trimmed. */
  text: string;
  /** The words worth searching for, lower-case, without filler words ("my", "not", "inte"), deduplicated. */
  terms: string[];
  /** Whether the user asked for an exact phrase by wrapping the query in double quotes. */
  exact: boolean;
  /** Every word worth searching for, beyond `maxQueryTerms` (a pasted error message is long). */
  allTerms: string[];
}

// Control and format characters (including bidi overrides and zero-width characters) never belong in
// a query; a pasted error message often carries some.
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;
// Quotes and brackets around a word ("(timeout)", '"BOOKED"') are not part of it.
const edgePunctuation = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`,;:!?]+|[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`,;:!?.]+$/gu;

// A pasted host name ("my-shop.local") is searched for as itself and as its labels ("shop", "local"),
// since the engine drops the dots and would otherwise look for "myshoplocal". IP addresses and
// versions ("192.168.1.20", "tlsv1.2") end in a number and stay whole.
const isHostname = (word: string) =>
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(word) && /\p{L}[\p{L}\p{N}-]*$/u.test(word);

/**
 * Cleans a raw query (typed, pasted or read from a URL) for searching: removes invisible characters,
 * collapses whitespace, cuts it to `maxQueryLength`, and picks the words to search for (a pasted URL
 * is split into its host and path, without the scheme). When every
 * word is a filler word ("how do I"), the words are kept rather than searching for nothing.
 * Never throws.
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const text = Array.from(String(raw).replace(invisible, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, maxQueryLength)
    .join('')
    .trim();
  const exact = /^".+"$/.test(text);
  const words = text
    .toLowerCase()
    .replace(/\b[a-z][a-z0-9+.-]*:\/\//g, ' ')
    .split(/[\s/?#=&@:\\|]+/)
    .map((word) => word.replace(edgePunctuation, ''))
    .flatMap((word) => (isHostname(word) ? [word, ...word.split(/[.-]+/)] : [word]))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const unique = [...new Set(words)];
  const meaningful = unique.filter((word) => !isStopword(word));
  const allTerms = meaningful.length > 0 ? meaningful : unique;
  return { text, terms: allTerms.slice(0, maxQueryTerms), exact, allTerms };
}
