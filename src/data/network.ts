/**
 * Resurs Bank's network facts: the single source for the FAQ's CIDR table, the allowlist tester,
 * the firewall snippets and the machine-readable exports (/ips.json, /ips-v4.txt).
 * Everything derived from these entries (ranges, broadcast, netmask) is computed, never typed.
 */

/** A list of addresses or blocks, with where and when it was published. */
export interface SourceList {
  /** Stable id, used in exports and URLs. */
  id: 'faq-2023-owned-blocks' | 'public-faq-2026-callback-sources';
  /** Human title of the list. */
  title: string;
  /** Where the list was published. */
  source: string;
  /** Public URL of the source, where one exists. */
  sourceUrl?: string;
  /** ISO date of the published version this list was taken from. */
  date: string;
}

/** An IPv4 block that Resurs Bank owns (announced from its own AS). */
export interface OwnedBlock {
  cidr: string;
  /** Autonomous system number announcing the block. */
  asn: number;
  /** TCP port that callbacks and API traffic use. */
  port: 443;
  list: SourceList['id'];
}

/** One address that Resurs sends callbacks from. */
export interface CallbackSource {
  address: string;
  /** Label as written in Resurs' docs ("Resurs", "Cloud"). */
  label: string;
  list: SourceList['id'];
}

export const sourceLists: readonly SourceList[] = [
  {
    id: 'faq-2023-owned-blocks',
    title: 'CIDR blocks from the integration FAQ',
    source: 'Resurs Bank integration FAQ (Confluence), "How do I configure my firewall/network?"',
    date: '2023-12-27',
  },
  {
    id: 'public-faq-2026-callback-sources',
    title: 'Callback source addresses from the current public docs',
    source: 'Resurs Bank developer docs, "IP configuration" and "FAQ" pages',
    sourceUrl: 'https://developers.resurs.com/ip-configuration/',
    date: '2026-06-02',
  },
];

/** Source: FAQ "How do I configure my firewall/network?" (2023-12-27); AS35814 per the same table. */
export const ownedBlocks: readonly OwnedBlock[] = [
  { cidr: '192.121.110.0/24', asn: 35814, port: 443, list: 'faq-2023-owned-blocks' },
  { cidr: '194.68.237.0/24', asn: 35814, port: 443, list: 'faq-2023-owned-blocks' },
  { cidr: '91.198.202.0/24', asn: 35814, port: 443, list: 'faq-2023-owned-blocks' },
];

/**
 * Source: developers.resurs.com ip-configuration and faq pages (docs commit b235739, 2026-06-02).
 * The four cloud addresses lie outside the owned blocks: an allowlist of the blocks alone drops them.
 */
export const callbackSources: readonly CallbackSource[] = [
  { address: '192.121.110.100', label: 'Resurs', list: 'public-faq-2026-callback-sources' },
  { address: '13.50.187.51', label: 'Cloud', list: 'public-faq-2026-callback-sources' },
  { address: '51.21.32.255', label: 'Cloud', list: 'public-faq-2026-callback-sources' },
  { address: '51.21.206.32', label: 'Cloud', list: 'public-faq-2026-callback-sources' },
  { address: '51.21.39.192', label: 'Cloud', list: 'public-faq-2026-callback-sources' },
];

/** Callbacks and API traffic use HTTPS on 443 only; plain http on 80 is no longer supported (FAQ). */
export const callbackPort = 443;

/** Looks up a source list by id. */
export function findSourceList(id: SourceList['id']): SourceList {
  const list = sourceLists.find((l) => l.id === id);
  if (!list) throw new Error(`network: unknown source list ${id}`);
  return list;
}

/**
 * Placeholders Resurs fills in a callback's `uriTemplate` (developer docs,
 * configuration-service/register-event-callback; commit b235739, 2026-06-02).
 */
export const callbackUriPlaceholders = [
  'paymentId',
  'digest',
  'result',
  'param1',
  'param2',
  'param3',
  'param4',
  'param5',
] as const;
