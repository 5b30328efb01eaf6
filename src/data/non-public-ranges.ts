/**
 * Special-purpose address blocks that Resurs cannot reach from the internet, or that are never a
 * callback host, with the RFC that defines each. Based on IANA's IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890) and the RFCs cited per entry. More specific blocks come first, so
 * the first match is the most precise description.
 */

/** Why a block can't be a callback host. */
export type NonPublicKind =
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'carrier-grade-nat'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'reserved'
  | 'unspecified'
  | 'unique-local'
  | 'translation';

/** One special-purpose block. */
export interface NonPublicRange {
  cidr: string;
  kind: NonPublicKind;
  /** Short name, e.g. "Private network". */
  name: string;
  /** The defining document, e.g. "RFC 1918". */
  rfc: string;
  /** Link to the defining document. */
  rfcUrl: string;
  /** Extra remark shown with a match, e.g. a known mistake in the FAQ. */
  note?: string;
}

const rfc = (n: number) => `https://www.rfc-editor.org/rfc/rfc${n}`;

/**
 * The FAQ (2023) and Resurs' current FAQ write 172.16.0.0/16; RFC 1918 reserves the whole /12
 * (172.16.0.0–172.31.255.255). Matching the /12 catches e.g. 172.20.0.5 too.
 */
export const faq172Note =
  'The FAQ writes 172.16.0.0/16, but RFC 1918 reserves the whole 172.16.0.0/12 block (172.16.0.0–172.31.255.255): every address in it is private.';

export const nonPublicRangesV4: readonly NonPublicRange[] = [
  { cidr: '0.0.0.0/8', kind: 'unspecified', name: '"This network"', rfc: 'RFC 1122', rfcUrl: rfc(1122) },
  { cidr: '10.0.0.0/8', kind: 'private', name: 'Private network', rfc: 'RFC 1918', rfcUrl: rfc(1918) },
  {
    cidr: '100.64.0.0/10',
    kind: 'carrier-grade-nat',
    name: 'Carrier-grade NAT (shared address space)',
    rfc: 'RFC 6598',
    rfcUrl: rfc(6598),
  },
  { cidr: '127.0.0.0/8', kind: 'loopback', name: 'Loopback', rfc: 'RFC 1122', rfcUrl: rfc(1122) },
  { cidr: '169.254.0.0/16', kind: 'link-local', name: 'Link-local', rfc: 'RFC 3927', rfcUrl: rfc(3927) },
  {
    cidr: '172.16.0.0/12',
    kind: 'private',
    name: 'Private network',
    rfc: 'RFC 1918',
    rfcUrl: rfc(1918),
    note: faq172Note,
  },
  {
    cidr: '192.0.0.0/24',
    kind: 'reserved',
    name: 'IETF protocol assignments',
    rfc: 'RFC 6890',
    rfcUrl: rfc(6890),
  },
  {
    cidr: '192.0.2.0/24',
    kind: 'documentation',
    name: 'Documentation (TEST-NET-1)',
    rfc: 'RFC 5737',
    rfcUrl: rfc(5737),
  },
  {
    cidr: '192.88.99.0/24',
    kind: 'reserved',
    name: 'Former 6to4 relay anycast',
    rfc: 'RFC 7526',
    rfcUrl: rfc(7526),
  },
  { cidr: '192.168.0.0/16', kind: 'private', name: 'Private network', rfc: 'RFC 1918', rfcUrl: rfc(1918) },
  { cidr: '198.18.0.0/15', kind: 'benchmarking', name: 'Benchmarking', rfc: 'RFC 2544', rfcUrl: rfc(2544) },
  {
    cidr: '198.51.100.0/24',
    kind: 'documentation',
    name: 'Documentation (TEST-NET-2)',
    rfc: 'RFC 5737',
    rfcUrl: rfc(5737),
  },
  {
    cidr: '203.0.113.0/24',
    kind: 'documentation',
    name: 'Documentation (TEST-NET-3)',
    rfc: 'RFC 5737',
    rfcUrl: rfc(5737),
  },
  { cidr: '224.0.0.0/4', kind: 'multicast', name: 'Multicast', rfc: 'RFC 5771', rfcUrl: rfc(5771) },
  {
    cidr: '255.255.255.255/32',
    kind: 'reserved',
    name: 'Limited broadcast',
    rfc: 'RFC 919',
    rfcUrl: rfc(919),
  },
  { cidr: '240.0.0.0/4', kind: 'reserved', name: 'Reserved for future use', rfc: 'RFC 1112', rfcUrl: rfc(1112) },
];

export const nonPublicRangesV6: readonly NonPublicRange[] = [
  { cidr: '::/128', kind: 'unspecified', name: 'Unspecified address', rfc: 'RFC 4291', rfcUrl: rfc(4291) },
  { cidr: '::1/128', kind: 'loopback', name: 'Loopback', rfc: 'RFC 4291', rfcUrl: rfc(4291) },
  {
    cidr: '64:ff9b:1::/48',
    kind: 'translation',
    name: 'Local-use IPv4/IPv6 translation',
    rfc: 'RFC 8215',
    rfcUrl: rfc(8215),
  },
  { cidr: '100::/64', kind: 'reserved', name: 'Discard-only', rfc: 'RFC 6666', rfcUrl: rfc(6666) },
  {
    cidr: '2001:db8::/32',
    kind: 'documentation',
    name: 'Documentation',
    rfc: 'RFC 3849',
    rfcUrl: rfc(3849),
  },
  { cidr: '3fff::/20', kind: 'documentation', name: 'Documentation', rfc: 'RFC 9637', rfcUrl: rfc(9637) },
  { cidr: 'fc00::/7', kind: 'unique-local', name: 'Unique local address', rfc: 'RFC 4193', rfcUrl: rfc(4193) },
  { cidr: 'fe80::/10', kind: 'link-local', name: 'Link-local', rfc: 'RFC 4291', rfcUrl: rfc(4291) },
  { cidr: 'ff00::/8', kind: 'multicast', name: 'Multicast', rfc: 'RFC 4291', rfcUrl: rfc(4291) },
];
