import { md5, sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { fail, ok, type Result } from '../shared/result.ts';

/** The algorithms a digest configuration offers. */
export const digestAlgorithms = ['MD5', 'SHA1'] as const;

/** MD5 or SHA1. */
export type DigestAlgorithm = (typeof digestAlgorithms)[number];

/** Hex length of each algorithm's digest. */
export const digestHexLength: Record<DigestAlgorithm, number> = { MD5: 32, SHA1: 40 };

/**
 * The string Resurs hashes: the chosen parameters' values, then the salt. (The order of several
 * parameters is UNCONFIRMED; the caller decides it.) Never throws.
 */
export function digestInput(values: readonly string[], salt: string): string {
  return values.join('') + salt;
}

/** The digest of a string (UTF-8) in uppercase hex, as Resurs documents it. Never throws. */
export function computeDigest(input: string, algorithm: DigestAlgorithm): string {
  const hash = algorithm === 'MD5' ? md5 : sha1;
  return bytesToHex(hash(utf8ToBytes(input))).toUpperCase();
}

/**
 * Reads a pasted digest: bare hex, "digest=…", or a whole callback URL with a digest parameter.
 * Returns the hex as given (case kept), or a message. Never throws.
 */
export function readReceivedDigest(pasted: string, algorithm: DigestAlgorithm): Result<string> {
  let text = pasted.trim();
  if (text === '') return fail('Paste the digest from the callback you received.');
  if (text.length > 4000) return fail('That is too long to be a digest or a callback URL.');
  const match = /(?:^|[?&#\s])digest=([^&#\s]*)/i.exec(text);
  if (match) text = decodeURIComponentSafe(match[1]!);
  if (!/^[0-9a-f]+$/i.test(text)) return fail('A digest is hexadecimal: only the characters 0–9 and A–F.');
  const expected = digestHexLength[algorithm];
  if (text.length !== expected) {
    const other = algorithm === 'MD5' ? 'SHA1' : 'MD5';
    const hint =
      text.length === digestHexLength[other] ? ` It has the length of a ${other} digest: check the algorithm.` : '';
    return fail(`A ${algorithm} digest has ${expected} hex characters; this one has ${text.length}.${hint}`);
  }
  return ok(text);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** How a received digest compares with the computed one. */
export type DigestVerdict = 'match' | 'match-ignoring-case' | 'mismatch';

/** Compares a received digest (already read) with the computed uppercase one. Never throws. */
export function compareDigest(computed: string, received: string): DigestVerdict {
  if (received === computed) return 'match';
  if (received.toUpperCase() === computed.toUpperCase()) return 'match-ignoring-case';
  return 'mismatch';
}
