/**
 * Addresses as unsigned integers (bigint) and inclusive ranges of them, for IPv4 and IPv6 alike.
 * Every containment question in the tool reduces to comparing two ranges' ends.
 */

/** IP version. */
export type Family = 4 | 6;

/** An inclusive range of addresses of one family. */
export interface IpRange {
  family: Family;
  start: bigint;
  end: bigint;
}

/** Number of bits in an address of the family. */
export function bitsOf(family: Family): number {
  return family === 4 ? 32 : 128;
}

/** The range a prefix covers, from any address inside it (host bits are cleared). Never throws. */
export function prefixRange(family: Family, address: bigint, prefix: number): IpRange {
  const hostBits = BigInt(bitsOf(family) - prefix);
  const size = 1n << hostBits;
  const start = (address >> hostBits) << hostBits;
  return { family, start, end: start + size - 1n };
}

/** Number of addresses in a range. Never throws. */
export function rangeSize(range: IpRange): bigint {
  return range.end - range.start + 1n;
}

/** Whether `inner` lies completely inside `outer` (same family). Never throws. */
export function rangeContains(outer: IpRange, inner: IpRange): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether two ranges share at least one address. Never throws. */
export function rangesOverlap(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** Number of addresses two ranges share (0 when they are disjoint). Never throws. */
export function intersectionSize(a: IpRange, b: IpRange): bigint {
  if (!rangesOverlap(a, b)) return 0n;
  let start = a.start;
  if (b.start > start) start = b.start;
  let end = a.end;
  if (b.end < end) end = b.end;
  return end - start + 1n;
}

/** How an entry relates to a block: completely inside it, sharing some addresses, or none. */
export type Containment = 'full' | 'partial' | 'outside';

/** Classifies `entry` against `block`. Never throws. */
export function classifyContainment(entry: IpRange, block: IpRange): Containment {
  if (rangeContains(block, entry)) return 'full';
  if (rangesOverlap(block, entry)) return 'partial';
  return 'outside';
}

/** Formats an IPv4 address held as an integer ("192.121.110.5"). Never throws. */
export function formatIPv4(value: bigint): string {
  const n = Number(value);
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Formats an IPv6 address held as an integer, compressed as RFC 5952 recommends. Never throws. */
export function formatIPv6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // RFC 5952 §4.2: compress the longest run of two or more zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Formats an address of either family. Never throws. */
export function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? formatIPv4(value) : formatIPv6(value);
}

/** The prefix length if the range is exactly one CIDR block, otherwise null. Never throws. */
export function exactPrefix(range: IpRange): number | null {
  const size = rangeSize(range);
  if ((size & (size - 1n)) !== 0n || range.start % size !== 0n) return null;
  let hostBits = 0;
  while (1n << BigInt(hostBits) < size) hostBits++;
  return bitsOf(range.family) - hostBits;
}

/** Formats a range as CIDR where it is one block ("10.0.0.0/8"), else as "first–last". Never throws. */
export function formatRange(range: IpRange): string {
  const prefix = exactPrefix(range);
  if (prefix !== null) return `${formatAddress(range.family, range.start)}/${prefix}`;
  return `${formatAddress(range.family, range.start)}–${formatAddress(range.family, range.end)}`;
}

/** Splits any range into the fewest CIDR blocks that cover exactly it. Never throws. */
export function rangeToCidrs(range: IpRange): string[] {
  const out: string[] = [];
  const bits = bitsOf(range.family);
  let start = range.start;
  while (start <= range.end) {
    let hostBits = 0;
    // Grow the block while it stays aligned at `start` and ends inside the range.
    while (
      hostBits < bits &&
      start % (1n << BigInt(hostBits + 1)) === 0n &&
      start + (1n << BigInt(hostBits + 1)) - 1n <= range.end
    ) {
      hostBits++;
    }
    out.push(`${formatAddress(range.family, start)}/${bits - hostBits}`);
    start += 1n << BigInt(hostBits);
  }
  return out;
}

/** Subtracts the union of `cuts` from `range`; returns the uncovered pieces in order. Never throws. */
export function subtractRanges(range: IpRange, cuts: readonly IpRange[]): IpRange[] {
  const sorted = cuts.filter((c) => rangesOverlap(c, range)).sort((a, b) => (a.start < b.start ? -1 : 1));
  const pieces: IpRange[] = [];
  let cursor = range.start;
  for (const cut of sorted) {
    if (cut.start > cursor) pieces.push({ family: range.family, start: cursor, end: cut.start - 1n });
    if (cut.end + 1n > cursor) cursor = cut.end + 1n;
    if (cursor > range.end) break;
  }
  if (cursor <= range.end) pieces.push({ family: range.family, start: cursor, end: range.end });
  return pieces;
}
