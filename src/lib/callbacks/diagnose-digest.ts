import { groupDigits } from '../shared/count.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { encodeComponent } from '../site/text.ts';
import { computeDigest, type DigestAlgorithm, digestHexLength, digestInput } from './digest.ts';
import { quote } from './url-state.ts';

/**
 * Why a callback's digest doesn't match: recompute it as Resurs documents it (the chosen
 * parameters' decoded values in order, then the salt; uppercase hex), and when that fails, try
 * the mistakes integrators make one at a time and name the first that reproduces the digest.
 * Pure: sends nothing anywhere, never throws.
 */

/** The diagnoses, in the order they are tried. */
export const diagnosisKinds = ['match', 'case', 'algorithm', 'salt', 'order', 'encoding', 'none', 'invalid'] as const;

/** One diagnosis. */
export type DiagnosisKind = (typeof diagnosisKinds)[number];

/** What the diagnoser is given: the pasted URL or query, and the digest configuration. */
export interface DiagnoseInput {
  /** The callback URL as the server received it, or its query string (untrusted). */
  pasted: string;
  salt: string;
  algorithm: DigestAlgorithm;
  /** The parameters in the digest, in the order they are joined. */
  digestParams: readonly string[];
}

/** The verdict, in words a developer can act on. */
export interface DigestDiagnosis {
  kind: DiagnosisKind;
  /** What was found. */
  finding: string;
  /** What to change in the shop's code or configuration (empty for a match). */
  advice: string;
  /** The digest as received, or null when unreadable. */
  received: string | null;
  /** The correct digest (uppercase), or null when it could not be computed. */
  expected: string | null;
}

/** One query parameter as received. */
export interface ReceivedParam {
  name: string;
  /** As it stands in the URL, percent-encoded. */
  raw: string;
  /** Decoded once, as a server's query parser gives it ('+' is a space). */
  value: string;
}

/** Longest text the diagnoser reads. */
export const maxPastedLength = 8000;

/** Most query parameters read. */
export const maxParams = 100;

/** More parameters than this are not tried in every order (6! = 720 orders). */
const maxPermutedParams = 6;

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * Reads the query parameters of a pasted callback URL, or of a bare query string (with or without
 * a leading "?"); a fragment is dropped. Returns a message for empty, huge or badly encoded input.
 * Never throws.
 */
export function readCallbackQuery(pasted: string): Result<ReceivedParam[]> {
  const text = pasted.trim();
  if (text === '') return fail('Paste the callback URL as your server received it, or its query string.');
  if (text.length > maxPastedLength) {
    return fail(
      `That is ${groupDigits(text.length)} characters long; a callback URL is far shorter (at most ${groupDigits(maxPastedLength)} are read).`,
    );
  }
  const withoutFragment = text.split('#')[0]!;
  const question = withoutFragment.indexOf('?');
  const query = question === -1 ? withoutFragment : withoutFragment.slice(question + 1);
  if (!query.includes('=')) {
    return fail(
      'There is no query string here (nothing like paymentId=…&digest=…). Paste the whole URL as it arrived.',
    );
  }
  const pieces = query.split('&').filter((piece) => piece !== '');
  if (pieces.length > maxParams) return fail(`That has ${pieces.length} parameters; at most ${maxParams} are read.`);
  const params: ReceivedParam[] = [];
  for (const piece of pieces) {
    const equals = piece.indexOf('=');
    const rawName = equals === -1 ? piece : piece.slice(0, equals);
    const raw = equals === -1 ? '' : piece.slice(equals + 1);
    const name = decodeOnce(rawName);
    const value = decodeOnce(raw);
    if (name === null || value === null) {
      return fail(
        `The parameter ${quote(piece)} has a “%” that isn’t followed by two hex digits: it can’t be decoded.`,
      );
    }
    params.push({ name, raw, value });
  }
  return ok(params);
}

function invalid(finding: string, received: string | null = null): DigestDiagnosis {
  return { kind: 'invalid', finding, advice: '', received, expected: null };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A variant of the computation: what it hashes, with which algorithm, and what to say when it matches. */
interface Variant {
  kind: DiagnosisKind;
  input: string;
  algorithm: DigestAlgorithm;
  finding: string;
  advice: string;
}

function describeSalt(salt: string): string {
  return JSON.stringify(salt).replaceAll(' ', '␠');
}

function saltVariants(values: readonly string[], salt: string, algorithm: DigestAlgorithm): Variant[] {
  const joined = values.join('');
  const variants: Variant[] = [];
  if (salt !== '') {
    variants.push({
      kind: 'salt',
      input: joined,
      algorithm,
      finding: 'This digest was computed without any salt.',
      advice:
        'The digest configuration registered at Resurs has no salt (or a different digest configuration is registered for this event). Register it again with your salt, or check without a salt.',
    });
  }
  const trimmed = salt.trim();
  if (trimmed !== salt) {
    variants.push({
      kind: 'salt',
      input: joined + trimmed,
      algorithm,
      finding: `This digest was computed with the salt trimmed: your salt ${describeSalt(salt)} has whitespace at its start or end that the sender’s lacks.`,
      advice: 'Trim the salt in your shop’s configuration (a copied salt often brings a space or a line break along).',
    });
  }
  for (const [label, padded] of [
    ['a space after it', `${trimmed} `],
    ['a space before it', ` ${trimmed}`],
    ['a line break after it', `${trimmed}\n`],
  ] as const) {
    if (padded === salt) continue;
    variants.push({
      kind: 'salt',
      input: joined + padded,
      algorithm,
      finding: `This digest was computed with the salt followed by whitespace: ${label}.`,
      advice:
        'The salt registered at Resurs has whitespace your shop’s salt lacks. Register the salt again without it (or, until then, add the same whitespace in your check).',
    });
  }
  return variants;
}

function orderVariants(
  names: readonly string[],
  values: readonly string[],
  salt: string,
  algorithm: DigestAlgorithm,
): Variant[] {
  if (names.length < 2 || names.length > maxPermutedParams) return [];
  const indexes = names.map((_, i) => i);
  return permutations(indexes)
    .slice(1)
    .map((order) => ({
      kind: 'order' as const,
      input: digestInput(
        order.map((i) => values[i]!),
        salt,
      ),
      algorithm,
      finding: `This digest joins the parameters in another order: ${order.map((i) => names[i]).join(', ')}.`,
      advice: `Join the values in that order in your check (${order.map((i) => names[i]).join(' + ')} + salt). Resurs’ documentation doesn’t say in which order several parameters are joined.`,
    }));
}

function fullyDecoded(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = decodeOnce(current);
    if (next === null || next === current) break;
    current = next;
  }
  return current;
}

function encodingVariants(params: readonly ReceivedParam[], salt: string, algorithm: DigestAlgorithm): Variant[] {
  return [
    {
      input: digestInput(
        params.map((p) => p.raw),
        salt,
      ),
      finding: 'This digest was computed over the values as they stand in the URL, still percent-encoded.',
      advice:
        "Hash the values before decoding them: take them from the raw query string (in PHP $_SERVER['QUERY_STRING'], not $_GET), or encode them again with rawurlencode before hashing.",
    },
    {
      input: digestInput(
        params.map((p) => encodeComponent(p.value)),
        salt,
      ),
      finding:
        'This digest was computed over the values percent-encoded (as encodeURIComponent or rawurlencode writes them).',
      advice: 'Encode each value with rawurlencode (PHP) or encodeURIComponent (JavaScript) before hashing it.',
    },
    {
      input: digestInput(
        params.map((p) => fullyDecoded(p.raw)),
        salt,
      ),
      finding:
        'This digest was computed over the values decoded more than once: they arrive encoded twice (the URI template was probably encoded before registering).',
      advice:
        'Register the URI template without encoding its placeholders yourself, or decode the values a second time before hashing them.',
    },
  ].map((v) => ({ ...v, kind: 'encoding' as const, algorithm }));
}

/**
 * Checks the digest of a pasted callback against the configuration and names the mistake that
 * reproduces a wrong one: `case`, `algorithm`, `salt`, `order` or `encoding` (tried in that order;
 * a correct digest is always `match`), `none` when no single mistake does, `invalid` when there
 * is no readable digest. Never throws; sends nothing.
 */
export function diagnoseDigest(input: DiagnoseInput): DigestDiagnosis {
  const query = readCallbackQuery(input.pasted);
  if (!query.ok) return invalid(query.error);
  const digestParam = query.value.find((p) => p.name === 'digest');
  if (!digestParam) {
    const other = query.value.find((p) => p.name.toLowerCase() === 'digest');
    return invalid(
      other
        ? `The parameter is named ${quote(other.name)}; Resurs always names it “digest”, in lowercase.`
        : 'There is no digest parameter in this URL: is a digest configured for this event, and does the template have {digest}?',
    );
  }
  const received = digestParam.value.trim();
  const lengths = Object.values(digestHexLength);
  if (!/^[0-9a-f]+$/i.test(received) || !lengths.includes(received.length)) {
    return invalid(
      `The digest ${quote(received)} isn’t an MD5 (32 hex characters) or SHA1 (40) digest.`,
      received.slice(0, 80),
    );
  }
  const params: ReceivedParam[] = [];
  for (const name of input.digestParams) {
    const param = query.value.find((p) => p.name === name);
    if (!param) {
      return invalid(
        `The URL has no ${quote(name)}, which the digest configuration hashes. Choose the digest parameters that the registered configuration names.`,
        received,
      );
    }
    params.push(param);
  }
  const names = params.map((p) => p.name);
  const values = params.map((p) => p.value);
  const algorithm = input.algorithm;
  const expected = computeDigest(digestInput(values, input.salt), algorithm);
  const hashed = names.length > 0 ? `${names.join(' + ')} + salt` : 'the salt alone';
  if (received === expected) {
    return {
      kind: 'match',
      finding: `The digest is right: the ${algorithm} of ${hashed}, in uppercase hex.`,
      advice: '',
      received,
      expected,
    };
  }
  if (received.toUpperCase() === expected) {
    return {
      kind: 'case',
      finding:
        'Only upper and lower case differ: the digest is right, but not in the uppercase hex that Resurs documents.',
      advice:
        'Compare case-insensitively: upper-case both sides before comparing (in PHP hash_equals(strtoupper($expected), strtoupper($digest))). Resurs’ own GET examples show lowercase digests.',
      received,
      expected,
    };
  }
  const other: DigestAlgorithm = algorithm === 'MD5' ? 'SHA1' : 'MD5';
  const variants: Variant[] = [
    {
      kind: 'algorithm',
      input: digestInput(values, input.salt),
      algorithm: other,
      finding: `This is the ${other} digest of ${hashed}; your check uses ${algorithm}.`,
      advice: `The digest configuration registered at Resurs uses ${other}. Use ${other} in your check (${other === 'SHA1' ? 'sha1()' : 'md5()'}), or register the configuration again with ${algorithm}.`,
    },
    ...saltVariants(values, input.salt, algorithm),
    ...orderVariants(names, values, input.salt, algorithm),
    ...encodingVariants(params, input.salt, algorithm),
  ];
  const wanted = received.toUpperCase();
  const seen = new Set<string>([`${algorithm}:${digestInput(values, input.salt)}`]);
  for (const variant of variants) {
    const key = `${variant.algorithm}:${variant.input}`;
    // A variant that hashes the same string as the correct computation proves nothing.
    if (seen.has(key)) continue;
    seen.add(key);
    if (variant.input.length > maxPastedLength + 1000) continue;
    if (computeDigest(variant.input, variant.algorithm) === wanted) {
      return { kind: variant.kind, finding: variant.finding, advice: variant.advice, received, expected };
    }
  }
  return {
    kind: 'none',
    finding: `The digest is wrong, and none of the usual mistakes reproduces it. The right ${algorithm} digest of ${hashed} is ${expected}.`,
    advice:
      'Check the salt character by character (the most common cause), that the digest parameters are the ones registered, and that this callback belongs to this payment.',
    received,
    expected,
  };
}
