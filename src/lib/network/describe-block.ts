import ipaddr from 'ipaddr.js';
import { formatIPv4, prefixRange, rangeSize } from '../shared/ip-range.ts';

/** Figures of an IPv4 block, as shown in the FAQ's CIDR table. */
export interface BlockFigures {
  cidr: string;
  network: string;
  prefix: number;
  firstHost: string;
  lastHost: string;
  broadcast: string;
  netmask: string;
  /** Number of usable host addresses (network and broadcast excluded for prefixes up to /30). */
  hostCount: number;
  /** A wildcard pattern in the style of the source's "Allow from 192.121.110.*", only for /8, /16, /24. */
  wildcard: string | null;
}

/**
 * Computes network, host range, broadcast and netmask of an IPv4 CIDR block, with the range
 * arithmetic of src/lib/shared/ip-range.ts. Throws on anything but a canonical IPv4 CIDR: it runs
 * at build time on the data file, where a typo must stop the build.
 */
export function describeBlock(cidr: string): BlockFigures {
  const [address, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  const value = address.octets.reduce((acc, octet) => acc * 256n + BigInt(octet), 0n);
  const range = prefixRange(4, value, prefix);
  if (range.start !== value) {
    throw new Error(`network: ${cidr} has host bits set; the data file must hold network addresses`);
  }
  const hasNetworkAndBroadcast = prefix <= 30;
  const octetCount = prefix / 8;
  const network = formatIPv4(range.start);
  return {
    cidr,
    network,
    prefix,
    firstHost: formatIPv4(hasNetworkAndBroadcast ? range.start + 1n : range.start),
    lastHost: formatIPv4(hasNetworkAndBroadcast ? range.end - 1n : range.end),
    broadcast: formatIPv4(range.end),
    netmask: formatIPv4(prefixRange(4, (1n << 32n) - 1n, prefix).start),
    hostCount: Number(rangeSize(range)) - (hasNetworkAndBroadcast ? 2 : 0),
    wildcard:
      Number.isInteger(octetCount) && octetCount > 0 && octetCount < 4
        ? `${network.split('.').slice(0, octetCount).join('.')}.*`
        : null,
  };
}
