/**
 * Resurs Bank's network facts, as the history of every published version of each list: the single
 * source for the FAQ's CIDR table, the allowlist tester, the firewall snippets, the "what changed"
 * section and the machine-readable exports (/ips.json, /ips-v4.txt, /ips.atom).
 * The current lists are the newest version of each kind (src/lib/network/history.ts picks them);
 * everything derived from the entries (ranges, broadcast, netmask, diffs) is computed, never typed.
 */

/** An IPv4 block that Resurs Bank owns (announced from its own AS). */
export interface OwnedBlock {
  cidr: string;
  /** Autonomous system number announcing the block. */
  asn: number;
  /** TCP port that callbacks and API traffic use. */
  port: 443;
}

/** One address that Resurs sends callbacks from. */
export interface CallbackSource {
  address: string;
  /** Label as written in Resurs' docs ("Resurs", "Cloud"), or what the docs said of it. */
  label: string;
}

/** What every published version of a list carries: where and when it was published. */
interface ListVersionBase {
  /** Stable id, used in exports and URLs; unique across the history (tests/unit/network.test.ts). */
  id: string;
  /** Human title of the list. */
  title: string;
  /** Where the list was published. */
  source: string;
  /** Public URL of the source, where one exists. */
  sourceUrl?: string;
  /** Commit of Resurs' docs repository (ResursBank/ResursBank.github.io) the entries were read from. */
  commit?: string;
  /** ISO date of the published version this list was taken from. */
  date: string;
  /** What the source says (or does not say) about the change, in one sentence. */
  note: string;
}

/** A published version of the owned-block list. */
export interface OwnedBlockList extends ListVersionBase {
  kind: 'owned-blocks';
  entries: readonly OwnedBlock[];
}

/** A published version of the callback-source list. */
export interface CallbackSourceList extends ListVersionBase {
  kind: 'callback-sources';
  entries: readonly CallbackSource[];
}

/** One published version of one of Resurs' lists. */
export type SourceList = OwnedBlockList | CallbackSourceList;

/** The kinds of list Resurs publishes. */
export type ListKind = SourceList['kind'];

/**
 * Every published version of each list, oldest first. A new version goes at the end; the site,
 * /ips.json and /ips.atom follow. Where a source drops an address without saying why, the site
 * says "no longer listed", never "removed by Resurs".
 */
export const listHistory: readonly SourceList[] = [
  {
    // Source: FAQ "How do I configure my firewall/network?" (2023-12-27); AS35814 per the same table.
    id: 'faq-2023-owned-blocks',
    kind: 'owned-blocks',
    title: 'CIDR blocks from the integration FAQ',
    source: 'Resurs Bank integration FAQ (Confluence), "How do I configure my firewall/network?"',
    date: '2023-12-27',
    note: 'The FAQ lists three blocks that Resurs owns (AS35814) and no single callback addresses.',
    entries: [
      { cidr: '192.121.110.0/24', asn: 35814, port: 443 },
      { cidr: '194.68.237.0/24', asn: 35814, port: 443 },
      { cidr: '91.198.202.0/24', asn: 35814, port: 443 },
    ],
  },
  {
    // docs/faq/index.md at ad94709 ("How do I configure my firewall/network?", "Whitelisting Callbacks
    // from Resurs"): the same three /24s, 13.50.187.51/32 and 51.21.32.255/32 under AS16509, and
    // "Callbacks have historically been sent from 192.121.110.100 but ... may now also come from"
    // the three addresses 192.121.110.100, 13.50.187.51, 51.21.32.255. The docs repository shows
    // these lines since commit 83053d3 (2025-03-04); 2025-10-28 is the version this site recorded.
    id: 'public-docs-2025-callback-sources',
    kind: 'callback-sources',
    title: 'Callback source addresses from the public docs (2025)',
    source: 'Resurs Bank developer docs, "FAQ" page, "Whitelisting Callbacks from Resurs"',
    sourceUrl:
      'https://github.com/ResursBank/ResursBank.github.io/blob/ad94709c2443c00b001dd6c24ae04d808df8fde2/docs/faq/index.md',
    commit: 'ad94709c2443c00b001dd6c24ae04d808df8fde2',
    date: '2025-10-28',
    note: 'Callbacks, historically sent from 192.121.110.100, may now also come from two cloud addresses (AS16509) outside the owned blocks.',
    entries: [
      { address: '192.121.110.100', label: 'Historical callback source' },
      { address: '13.50.187.51', label: 'AS16509' },
      { address: '51.21.32.255', label: 'AS16509' },
    ],
  },
  {
    // Source: developers.resurs.com ip-configuration and faq pages (docs commit b235739, 2026-06-02).
    // The two new cloud addresses arrived in commits 71ad24b (docs/faq/index.md) and 61b2f73
    // (docs/ip-configuration/index.md), both 2025-11-18; 2026-06-02 is the version this site recorded.
    // The four cloud addresses lie outside the owned blocks: an allowlist of the blocks alone drops them.
    id: 'public-faq-2026-callback-sources',
    kind: 'callback-sources',
    title: 'Callback source addresses from the current public docs',
    source: 'Resurs Bank developer docs, "IP configuration" and "FAQ" pages',
    sourceUrl: 'https://developers.resurs.com/ip-configuration/',
    commit: 'b235739e634ccb1a044faad4650b68a7e2d75d2a',
    date: '2026-06-02',
    note: 'The docs list 192.121.110.100 ("Resurs") and four "Cloud" addresses that must be allowed; they do not say when the two new ones started sending.',
    entries: [
      { address: '192.121.110.100', label: 'Resurs' },
      { address: '13.50.187.51', label: 'Cloud' },
      { address: '51.21.32.255', label: 'Cloud' },
      { address: '51.21.206.32', label: 'Cloud' },
      { address: '51.21.39.192', label: 'Cloud' },
    ],
  },
];

/** Callbacks and API traffic use HTTPS on 443 only; plain http on 80 is no longer supported (FAQ). */
export const callbackPort = 443;

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
