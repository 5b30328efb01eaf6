import ipaddr from 'ipaddr.js';

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

function fromNumber(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}

function toNumber(address: ipaddr.IPv4): number {
  return address.octets.reduce((acc, octet) => acc * 256 + octet, 0);
}

/**
 * Computes network, host range, broadcast and netmask of an IPv4 CIDR block.
 * Throws on anything but a canonical IPv4 CIDR: it runs at build time on the data file, where
 * a typo must stop the build.
 */
export function describeBlock(cidr: string): BlockFigures {
  const [address, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  const size = 2 ** (32 - prefix);
  const network = Math.floor(toNumber(address) / size) * size;
  if (network !== toNumber(address)) {
    throw new Error(`network: ${cidr} has host bits set; the data file must hold network addresses`);
  }
  const broadcast = network + size - 1;
  const hasNetworkAndBroadcast = prefix <= 30;
  const octetCount = prefix / 8;
  return {
    cidr,
    network: fromNumber(network),
    prefix,
    firstHost: fromNumber(hasNetworkAndBroadcast ? network + 1 : network),
    lastHost: fromNumber(hasNetworkAndBroadcast ? broadcast - 1 : broadcast),
    broadcast: fromNumber(broadcast),
    netmask: ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString(),
    hostCount: hasNetworkAndBroadcast ? size - 2 : size,
    wildcard:
      Number.isInteger(octetCount) && octetCount > 0 && octetCount < 4
        ? `${fromNumber(network).split('.').slice(0, octetCount).join('.')}.*`
        : null,
  };
}
