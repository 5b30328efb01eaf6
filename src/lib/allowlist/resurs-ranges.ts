/**
 * Resurs' sources as ranges, built once from src/data/network.ts: the owned blocks (2023 FAQ) and
 * the callback source addresses (2026 public docs). The checkers, snippets and exports all read
 * these, so they can never disagree with the FAQ's table.
 */
import { callbackSources, findSourceList, ownedBlocks, type SourceList } from '../../data/network.ts';
import { type IpRange, rangeContains } from './ip-range.ts';
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

function toRange(text: string): IpRange {
  const parsed = parseAddressEntry(text);
  if (!parsed.ok || parsed.value.family !== 4) {
    throw new Error(`allowlist: network.ts holds an entry the address policy refuses: ${text}`);
  }
  return parsed.value.range;
}

const blockTargets: ResursTarget[] = ownedBlocks.map((block) => ({
  kind: 'owned-block',
  range: toRange(block.cidr),
  cidr: block.cidr,
  display: block.cidr,
  label: `AS${block.asn}`,
  asn: block.asn,
  list: findSourceList(block.list),
  insideBlock: null,
}));

const sourceTargets: ResursTarget[] = callbackSources.map((source) => {
  const range = toRange(source.address);
  return {
    kind: 'callback-source',
    range,
    cidr: `${source.address}/32`,
    display: source.address,
    label: source.label,
    asn: null,
    list: findSourceList(source.list),
    insideBlock: blockTargets.find((b) => rangeContains(b.range, range))?.cidr ?? null,
  };
});

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
export const minimalResursSources: readonly ResursTarget[] = [
  ...blockTargets,
  ...sourceTargets.filter((s) => s.insideBlock === null),
];
