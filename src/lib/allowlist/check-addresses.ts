/** Mode 1, "Is this address Resurs?": a verdict for every address, block or range in a paste. */

import { countOf } from '../shared/count.ts';
import { classifyContainment, type IpRange, intersectionSize, rangeSize } from '../shared/ip-range.ts';
import { type ParsedEntry, type ParseProblem, parseAddressEntry } from './parse-address.ts';
import { type ResursTarget, resursTargets } from './resurs-ranges.ts';
import { findNonPublicRange, isOutsideFaq172 } from './special-ranges.ts';
import { type Token, type Tokenized, tokenize } from './tokenize.ts';

/** The verdict vocabulary of the page (`data-verdict`). */
export type AddressVerdict = 'resurs-range' | 'callback-source' | 'partial' | 'not-resurs' | 'invalid';

/** The verdict on one entry, with the reasons in words. */
export interface AddressResult {
  token: Token;
  verdict: AddressVerdict;
  /** Canonical form of the entry, or null when it was refused. */
  canonical: string | null;
  headline: string;
  details: string[];
  /** The Resurs sources the entry touches. */
  matches: ResursTarget[];
  entry: ParsedEntry | null;
  problem: ParseProblem | null;
}

/** All verdicts of a paste, counted. */
export interface AddressReport extends Omit<Tokenized, 'tokens'> {
  results: AddressResult[];
  counts: Record<AddressVerdict, number>;
}

function describeTarget(target: ResursTarget): string {
  return `${target.display}, a block Resurs owns (${target.label}; ${target.list.title}, ${target.list.date})`;
}

function describeSource(target: ResursTarget): string {
  return `Listed as callback source "${target.label}" in ${target.list.title} (${target.list.date}).`;
}

function describeNonPublic(range: IpRange): string[] {
  const special = findNonPublicRange(range);
  if (!special) return [];
  const out = [`${special.name}: ${special.cidr} (${special.rfc}). Resurs can't reach it from the internet.`];
  if (special.note && isOutsideFaq172(range)) out.push(special.note);
  return out;
}

/** The verdict for an entry the address policy accepted. Never throws. */
export function classifyEntry(entry: ParsedEntry): Pick<AddressResult, 'verdict' | 'headline' | 'details' | 'matches'> {
  const details = entry.notes.map((n) => n.message);
  if (entry.family === 6) {
    return {
      verdict: 'not-resurs',
      headline: 'Not Resurs: Resurs publishes no IPv6 addresses.',
      details: [...details, 'Resurs calls over IPv4 only.', ...describeNonPublic(entry.range)],
      matches: [],
    };
  }
  const touched = resursTargets
    .map((target) => ({ target, containment: classifyContainment(entry.range, target.range) }))
    .filter((m) => m.containment !== 'outside');
  const matches = touched.map((m) => m.target);
  const isSingle = entry.range.start === entry.range.end;
  const source = touched.find((m) => m.target.kind === 'callback-source' && m.containment === 'full');
  const block = touched.find((m) => m.target.kind === 'owned-block' && m.containment === 'full');
  const contained = touched.filter((m) => m.target.kind === 'callback-source' && m.containment === 'partial');

  if (source) {
    if (block) details.push(`Also inside ${describeTarget(block.target)}.`);
    return {
      verdict: 'callback-source',
      headline: describeSource(source.target),
      details,
      matches,
    };
  }
  if (block) {
    const sources = contained.map((m) => m.target.display);
    if (sources.length > 0) details.push(`Includes the callback source ${sources.join(', ')}.`);
    const equal = entry.range.start === block.target.range.start && entry.range.end === block.target.range.end;
    const where = isSingle ? 'Inside' : equal ? 'Exactly' : 'Fully inside';
    return { verdict: 'resurs-range', headline: `${where} ${describeTarget(block.target)}.`, details, matches };
  }
  if (touched.length > 0) {
    // Callback sources inside a touched block are already counted with the block.
    const resursCount = touched
      .filter(
        (m) => !(m.target.kind === 'callback-source' && touched.some((b) => b.target.cidr === m.target.insideBlock)),
      )
      .reduce((n, m) => n + intersectionSize(entry.range, m.target.range), 0n);
    const others = rangeSize(entry.range) - resursCount;
    return {
      verdict: 'partial',
      headline: `Covers ${matches
        .filter((t) => !matches.some((b) => b.cidr === t.insideBlock))
        .map((t) => t.display)
        .join(', ')} and ${countOf(others, 'address that is', 'addresses that are')} not Resurs'.`,
      details,
      matches,
    };
  }
  return {
    verdict: 'not-resurs',
    headline: 'Not Resurs: in none of the listed blocks or callback sources.',
    details: [...details, ...describeNonPublic(entry.range)],
    matches,
  };
}

/** Checks one token. Never throws. */
export function checkToken(token: Token): AddressResult {
  const parsed = parseAddressEntry(token.text);
  if (!parsed.ok) {
    return {
      token,
      verdict: 'invalid',
      canonical: null,
      headline: parsed.error.message,
      details: parsed.error.readings ?? [],
      matches: [],
      entry: null,
      problem: parsed.error,
    };
  }
  return {
    token,
    canonical: parsed.value.canonical,
    entry: parsed.value,
    problem: null,
    ...classifyEntry(parsed.value),
  };
}

/** Checks every address in a paste (newlines, commas, spaces or log lines). Never throws. */
export function checkAddresses(input: string): AddressReport {
  const { tokens, ...rest } = tokenize(input);
  const counts: Record<AddressVerdict, number> = {
    'resurs-range': 0,
    'callback-source': 0,
    partial: 0,
    'not-resurs': 0,
    invalid: 0,
  };
  const results = tokens.map((token) => {
    const result = checkToken(token);
    counts[result.verdict]++;
    return result;
  });
  return { ...rest, results, counts };
}

/** A one-sentence summary of a report, for the live region. Never throws. */
export function summarizeAddressReport(report: AddressReport): string {
  const total = report.results.length;
  if (total === 0) return 'No addresses to check yet.';
  const { counts } = report;
  const parts = [
    counts['callback-source'] &&
      `${counts['callback-source']} Resurs callback ${counts['callback-source'] === 1 ? 'source' : 'sources'}`,
    counts['resurs-range'] && `${counts['resurs-range']} in a Resurs block`,
    counts.partial && `${counts.partial} partly Resurs`,
    counts['not-resurs'] && `${counts['not-resurs']} not Resurs`,
    counts.invalid && `${counts.invalid} not valid`,
  ].filter(Boolean);
  return `${countOf(total, 'entry', 'entries')} checked: ${parts.join(', ')}.`;
}
