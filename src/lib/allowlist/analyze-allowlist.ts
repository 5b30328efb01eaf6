/**
 * Mode 2, "Check my allowlist": which Resurs sources a firewall's allowlist leaves out (the gaps
 * that drop callbacks), which entries allow far more than Resurs, and which entries repeat or
 * overlap others.
 */

import { byCount, countOf, groupDigits } from '../shared/count.ts';
import {
  type IpRange,
  intersectionSize,
  rangeSize,
  rangesOverlap,
  rangeToCidrs,
  subtractRanges,
} from '../shared/ip-range.ts';
import { type AddressResult, checkAddresses } from './check-addresses.ts';
import { type ResursTarget, resursTargets } from './resurs-ranges.ts';
import type { Tokenized } from './tokenize.ts';

/** How much of a Resurs source the allowlist lets in. */
export type Coverage = 'full' | 'partial' | 'none';

/** One Resurs source and the allowlist's cover of it. */
export interface TargetCoverage {
  target: ResursTarget;
  coverage: Coverage;
  /** The entries that let (part of) it in, as "canonical (line n)". */
  coveredBy: string[];
  /** CIDR blocks of the source that no entry lets in. */
  missing: string[];
}

/** An entry that lets in far more than Resurs. */
export interface BroadFinding {
  entry: AddressResult;
  size: bigint;
  resursAddresses: bigint;
  message: string;
}

/** An entry that repeats or overlaps an earlier one. */
export interface OverlapFinding {
  kind: 'duplicate' | 'contained' | 'overlap';
  entry: AddressResult;
  other: AddressResult;
  message: string;
}

/** The overall state (`data-allowlist-status`). */
export type AllowlistStatus = 'empty' | 'drops-callbacks' | 'missing-blocks' | 'complete';

/** Everything found in an allowlist. */
export interface AllowlistReport extends Omit<Tokenized, 'tokens'> {
  status: AllowlistStatus;
  entries: AddressResult[];
  coverage: TargetCoverage[];
  broad: BroadFinding[];
  overlaps: OverlapFinding[];
  /** Valid entries that touch no Resurs source (the firewall's other traffic). */
  unrelated: AddressResult[];
}

/** Entries that let in at least this many non-Resurs addresses while covering Resurs count as broad. */
export const BROAD_THRESHOLD = 256n;

const where = (r: AddressResult) => `${r.canonical} (line ${r.token.line})`;

function coverageOf(target: ResursTarget, valid: AddressResult[]): TargetCoverage {
  const covering = valid.filter((r) => r.entry && rangesOverlap(r.entry.range, target.range));
  const missingRanges = subtractRanges(
    target.range,
    covering.map((r) => r.entry!.range),
  );
  const missing = missingRanges.flatMap(rangeToCidrs);
  const coverage: Coverage = missingRanges.length === 0 ? 'full' : covering.length === 0 ? 'none' : 'partial';
  return { target, coverage, coveredBy: covering.map(where), missing };
}

function resursAddressesIn(range: IpRange): bigint {
  // Callback sources inside an owned block are counted once, with the block.
  return resursTargets
    .filter((t) => t.kind === 'owned-block' || t.insideBlock === null)
    .reduce((n, t) => n + intersectionSize(range, t.range), 0n);
}

function findBroad(valid: AddressResult[]): BroadFinding[] {
  const out: BroadFinding[] = [];
  for (const entry of valid) {
    const range = entry.entry!.range;
    if (range.family !== 4) continue;
    const resurs = resursAddressesIn(range);
    const size = rangeSize(range);
    if (resurs === 0n || size - resurs < BROAD_THRESHOLD) continue;
    const inside = entry.matches.map((t) => `${t.cidr}`).join(', ');
    const everything = size === 1n << 32n;
    const message = everything
      ? `${where(entry)} allows every IPv4 address: the allowlist filters nothing. Allow only ${inside}.`
      : `${where(entry)} allows ${groupDigits(size)} addresses where Resurs needs ${groupDigits(resurs)}. A range this wide (for example a whole cloud provider's range) lets in anyone who rents an address there; Resurs advises against it. Allow ${inside} instead.`;
    out.push({ entry, size, resursAddresses: resurs, message });
  }
  return out;
}

function findOverlaps(valid: AddressResult[]): OverlapFinding[] {
  const sorted = [...valid].sort((a, b) => {
    const ra = a.entry!.range;
    const rb = b.entry!.range;
    if (ra.family !== rb.family) return ra.family - rb.family;
    if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
    if (ra.end !== rb.end) return ra.end > rb.end ? -1 : 1;
    return a.token.line - b.token.line;
  });
  const out: OverlapFinding[] = [];
  let widest: AddressResult | null = null;
  for (const entry of sorted) {
    const range = entry.entry!.range;
    const other = widest?.entry?.range;
    if (!widest || !other || other.family !== range.family || range.start > other.end) {
      widest = entry;
      continue;
    }
    if (range.start === other.start && range.end === other.end) {
      out.push({ kind: 'duplicate', entry, other: widest, message: `${where(entry)} repeats ${where(widest)}.` });
    } else if (range.end <= other.end) {
      out.push({
        kind: 'contained',
        entry,
        other: widest,
        message: `${where(entry)} lies inside ${where(widest)}: it allows nothing more.`,
      });
    } else {
      out.push({
        kind: 'overlap',
        entry,
        other: widest,
        message: `${where(entry)} overlaps ${where(widest)} in ${groupDigits(intersectionSize(range, other))} addresses.`,
      });
      widest = entry;
    }
  }
  return out.sort((a, b) => a.entry.token.line - b.entry.token.line);
}

/** Analyses a pasted allowlist against every Resurs source. Never throws. */
export function analyzeAllowlist(input: string): AllowlistReport {
  const { results, ...rest } = checkAddresses(input);
  const valid = results.filter((r) => r.entry !== null);
  const coverage = resursTargets.map((target) => coverageOf(target, valid));
  const sourcesMissing = coverage.some((c) => c.target.kind === 'callback-source' && c.coverage !== 'full');
  const blocksMissing = coverage.some((c) => c.coverage !== 'full');
  const status: AllowlistStatus =
    valid.length === 0 ? 'empty' : sourcesMissing ? 'drops-callbacks' : blocksMissing ? 'missing-blocks' : 'complete';
  return {
    ...rest,
    status,
    entries: results,
    coverage,
    broad: findBroad(valid),
    overlaps: findOverlaps(valid),
    unrelated: valid.filter((r) => r.matches.length === 0),
  };
}

/** A one-sentence summary of an allowlist report, for the live region. Never throws. */
export function summarizeAllowlistReport(report: AllowlistReport): string {
  const gaps = report.coverage.filter((c) => c.coverage !== 'full');
  const droppedSources = gaps.filter((c) => c.target.kind === 'callback-source').length;
  const extra = [
    report.broad.length > 0 && `${report.broad.length} too broad`,
    report.overlaps.length > 0 && `${report.overlaps.length} duplicate or overlapping`,
  ].filter(Boolean);
  const tail = extra.length > 0 ? ` Entries: ${extra.join(', ')}.` : '';
  switch (report.status) {
    case 'empty':
      return 'No valid entries yet: paste the addresses your firewall allows.';
    case 'complete':
      return `Your allowlist lets in every Resurs source.${tail}`;
    case 'missing-blocks':
      return `All callback sources are allowed, but ${gaps.length} of Resurs' blocks ${byCount(gaps.length, 'is', 'are')} not fully covered.${tail}`;
    case 'drops-callbacks':
      return `${countOf(droppedSources, 'callback source is', 'callback sources are')} not allowed: callbacks from ${byCount(droppedSources, 'it', 'them')} are dropped.${tail}`;
  }
}
