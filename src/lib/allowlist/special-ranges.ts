/** Finds the special-purpose (non-public) block an address or range lies in. */
import { type NonPublicRange, nonPublicRangesV4, nonPublicRangesV6 } from '../../data/non-public-ranges.ts';
import { type IpRange, rangeContains } from '../shared/ip-range.ts';
import { parseAddressEntry } from './parse-address.ts';

/** A special-purpose block with its range. */
export interface SpecialRange extends NonPublicRange {
  range: IpRange;
}

function build(list: readonly NonPublicRange[]): SpecialRange[] {
  return list.map((entry) => {
    const parsed = parseAddressEntry(entry.cidr);
    if (!parsed.ok) throw new Error(`allowlist: non-public-ranges.ts holds an invalid block: ${entry.cidr}`);
    return { ...entry, range: parsed.value.range };
  });
}

const v4 = build(nonPublicRangesV4);
const v6 = build(nonPublicRangesV6);

/**
 * The first (most specific) non-public block that wholly contains the range, or null for public
 * space. IPv4-mapped IPv6 must be converted to IPv4 first (the parser does). Never throws.
 */
export function findNonPublicRange(range: IpRange): SpecialRange | null {
  const list = range.family === 4 ? v4 : v6;
  return list.find((special) => rangeContains(special.range, range)) ?? null;
}

/** Whether the block is 172.16.0.0/12 but outside the 172.16.0.0/16 that the FAQ writes. Never throws. */
export function isOutsideFaq172(range: IpRange): boolean {
  const faqBlock = 0xac100000n; // 172.16.0.0
  return range.family === 4 && !(range.start >= faqBlock && range.end <= faqBlock + 0xffffn);
}
