/**
 * Resurs' sources as ranges, built from the versions in src/data/network.ts: the current ones (the
 * newest version's owned blocks and callback source addresses) once at load, older ones on request.
 * The checkers, snippets and exports all read these, so they can never disagree with the FAQ's table.
 */
import type { SourceList } from '../../data/network.ts';
import { currentVersion, type ListedEntry, type NetworkVersion } from '../network/history.ts';
import { type IpRange, rangeContains } from '../shared/ip-range.ts';
import { parseAddressEntry } from './parse-address.ts';

/** One of Resurs' sources: an owned block or a single callback source address. */
export interface ResursTarget {
  kind: 'owned-block' | 'callback-source';
  range: IpRange;
  /** CIDR notation, /32 for single addresses. */
  cidr: string;
  /** As people write it: the block in CIDR, the address without /32. */
  display: string;
  /** "AS35814" for blocks; the docs' label ("Resurs", "Cloud") for addresses. */
  label: string;
  asn: number | null;
  list: SourceList;
  /** For a callback source inside an owned block: that block's CIDR. */
  insideBlock: string | null;
}

/** A version's sources as ranges: every entry, and the fewest that allow them all. */
export interface VersionTargets {
  all: readonly ResursTarget[];
  minimal: readonly ResursTarget[];
}

function toRange(text: string): IpRange {
  const parsed = parseAddressEntry(text);
  if (!parsed.ok || parsed.value.family !== 4) {
    throw new Error(`allowlist: network.ts holds an entry the address policy refuses: ${text}`);
  }
  return parsed.value.range;
}

const toTarget = (e: ListedEntry): ResursTarget => ({
  kind: e.kind === 'owned-blocks' ? 'owned-block' : 'callback-source',
  range: toRange(e.cidr),
  cidr: e.cidr,
  display: e.display,
  label: e.label,
  asn: e.asn,
  list: e.list,
  insideBlock: null,
});

/**
 * The targets of one version: owned blocks first, then callback sources (each marked with the owned
 * block that contains it), and the minimal set (the blocks plus the sources outside them).
 * Throws only if the data holds an entry the address policy refuses.
 */
export function targetsOfVersion(version: Pick<NetworkVersion, 'entries'>): VersionTargets {
  const targets = version.entries.map(toTarget);
  const blocks = targets.filter((t) => t.kind === 'owned-block');
  const all = targets.map((t) =>
    t.kind === 'owned-block'
      ? t
      : { ...t, insideBlock: blocks.find((b) => rangeContains(b.range, t.range))?.cidr ?? null },
  );
  return { all, minimal: all.filter((t) => t.insideBlock === null) };
}

const current = targetsOfVersion(currentVersion);
const blockTargets = current.all.filter((t) => t.kind === 'owned-block');
const sourceTargets = current.all.filter((t) => t.kind === 'callback-source');

/** Every Resurs source: owned blocks first, then callback sources, in the data file's order. */
export const resursTargets: readonly ResursTarget[] = [...blockTargets, ...sourceTargets];

/** The owned blocks only. */
export const ownedBlockTargets: readonly ResursTarget[] = blockTargets;

/** The callback source addresses only. */
export const callbackSourceTargets: readonly ResursTarget[] = sourceTargets;

/**
 * The fewest entries that allow every Resurs source: all owned blocks plus the callback sources
 * outside them. This is what snippets and /ips-v4.txt list.
 */
export const minimalResursSources: readonly ResursTarget[] = current.minimal;
