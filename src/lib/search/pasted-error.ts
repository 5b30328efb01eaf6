import { maxQueryTerms } from './normalize-query.ts';
import type { Vocabulary } from './vocabulary.ts';

// A pasted log line ("curl: (6) Could not resolve host: shop.test", "PHP Fatal error: Uncaught
// Error: Class "SoapClient" not found in /var/www/…/Connection.php:112") is mostly noise: dates,
// process ids, line numbers, paths and words every error has. Searching its first words, or all of
// them, ranks the pages with the most text first. The words that carry its meaning are the error
// codes (ENOTFOUND, ERR_CERT_DATE_INVALID), the host names and their suffixes, class names and the
// rarer words of the message itself, which the index knows.

// Punctuation that typed questions seldom have and log lines nearly always do.
const logPunctuation = /[:()[\]"'=/\\_#*<>{}]|\d/;
// An error code: SCREAMING_SNAKE (ERR_CERT_DATE_INVALID, UNABLE_TO_VERIFY_LEAF_SIGNATURE, ERR_NGROK_3200)
// or a network errno name as Node prints it (ENOTFOUND, ECONNREFUSED, ETIMEDOUT), not any word in capitals (ERROR).
const errorCode =
  /^(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|E(?:CONN[A-Z]+|ADDR[A-Z]+|NOTFOUND|TIMEDOUT|HOSTUNREACH|HOSTDOWN|NETUNREACH|NETDOWN|PIPE|ACCES|PERM|PROTO|NOENT|AI_[A-Z]+))$/;

/** Whether a query looks like a pasted error message rather than a question: more than four words and log punctuation or digits. Never throws. */
export function isPastedError(text: string, terms: readonly string[]): boolean {
  return terms.length > 4 && logPunctuation.test(text);
}

/** The error codes in a query's original text, lower-case ("ERR_CERT_DATE_INVALID" → "err_cert_date_invalid"). Never throws. */
export function findErrorCodes(text: string): string[] {
  const codes = text
    .split(/[^A-Za-z0-9_]+/)
    .filter((word) => errorCode.test(word))
    .map((word) => word.toLowerCase());
  return [...new Set(codes)];
}

// A file path or a request path ("/var/www/html/…/Connection.php:112", "C:\\shop\\x.php", "POST
// /rest/V1/…"): its folder names describe the server, not the error.
const pathToken = /(?:^|[\s"'(])(?:[A-Za-z]:)?[\\/][^\s"')]*/g;

/** The lower-case words inside the paths of a text. Never throws. */
export function findPathWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(pathToken)) {
    for (const word of match[0].toLowerCase().split(/[^\p{L}\p{N}_]+/u)) if (word !== '') words.add(word);
  }
  return words;
}

// An IPv4 address: kept from a paste even though the vocabulary holds no numbers.
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Whether the engine can match a term at all: an indexed word, the start of one, or made of such words. */
function knownTerm(term: string, vocabulary: Vocabulary): boolean {
  const parts = term.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
  if (parts.length === 0) return false;
  return parts.some((part) => vocabulary.counts.has(part) || vocabulary.words.some((word) => word.startsWith(part)));
}

/** How often the index has a term's words: fewer is more telling. */
function frequency(term: string, vocabulary: Vocabulary): number {
  if (ipv4.test(term)) return 1;
  const parts = term.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
  return Math.min(...parts.map((part) => vocabulary.counts.get(part) ?? 1));
}

/**
 * The at most `maxQueryTerms` terms worth searching from a pasted error: its error codes first, then
 * the words the index knows, the rarer first; numbers, dates, hexadecimal codes and words the index
 * lacks are dropped. The kept terms stay in the order they were pasted. Never throws.
 */
export function reducePastedError(text: string, terms: readonly string[], vocabulary: Vocabulary): string[] {
  const codes = findErrorCodes(text);
  const inPaths = findPathWords(text);
  // A word that is also outside the paths stays ("callback" in "callback to /resurs/callback").
  const outsidePaths = new Set(
    text
      .replace(pathToken, ' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}_.-]+/u),
  );
  const candidates = terms.filter(
    (term) =>
      !codes.includes(term) &&
      (!inPaths.has(term) || outsidePaths.has(term)) &&
      (ipv4.test(term) ||
        (/\p{L}/u.test(term) && !/^(?:0x)?[0-9a-f]*\d[0-9a-f]*$/i.test(term) && knownTerm(term, vocabulary))),
  );
  const ranked = [...candidates].sort((a, b) => frequency(a, vocabulary) - frequency(b, vocabulary));
  const kept = new Set([...codes, ...ranked].slice(0, maxQueryTerms));
  const ordered = [...codes, ...terms].filter((term) => kept.has(term));
  return [...new Set(ordered)];
}
