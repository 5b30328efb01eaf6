/**
 * The machine-readable lists served at build time: /ips.json (every list with its source and date,
 * self-documented) and plain-text lists with one CIDR per line, the convention Cloudflare and
 * Checkout.com use, so firewall automation can fetch them.
 */
import { callbackPort, listHistory } from '../../data/network.ts';
import { currentVersion, dateTimeOf, listedSince, networkVersions, syncTokenOf } from '../network/history.ts';
import {
  callbackSourceTargets,
  minimalResursSources,
  ownedBlockTargets,
  type ResursTarget,
  resursTargets,
} from './resurs-ranges.ts';

/** The plain-text lists, by file name (served at the site root). */
export const plainListFiles = {
  'ips-v4.txt': 'Every Resurs source, merged: the owned blocks plus the callback sources outside them.',
  'ips-v4-callback-sources.txt': 'Only the callback source addresses from Resurs’ current docs, as /32 blocks.',
  'ips-v4-owned-blocks.txt': 'Only the blocks Resurs owns (AS35814), from the integration FAQ.',
} as const;

/** One of the plain-text list file names. */
export type PlainListFile = keyof typeof plainListFiles;

const targetsOf: Record<PlainListFile, readonly ResursTarget[]> = {
  'ips-v4.txt': minimalResursSources,
  'ips-v4-callback-sources.txt': callbackSourceTargets,
  'ips-v4-owned-blocks.txt': ownedBlockTargets,
};

/** A plain-text list: one CIDR per line, ending in a newline, nothing else. Never throws. */
export function buildPlainList(file: PlainListFile): string {
  return `${targetsOf[file].map((t) => t.cidr).join('\n')}\n`;
}

/** Field-by-field description of /ips.json, published inside the file and on the tool page. */
export const ipsJsonSchema = {
  schemaVersion: 'Integer. 1 for this layout; raised only for changes that break readers.',
  updated: 'ISO date of the newest list below.',
  syncToken:
    'String. The same as long as the content is the same; changes whenever any list gets a new version. Compare it with the one you stored to see whether to update.',
  createDate: 'RFC 3339 / ISO 8601 date-time (UTC) of the newest list version, the date this content was published.',
  port: 'TCP port Resurs connects to (443, https only).',
  protocol: 'Always "tcp".',
  ipv4: 'Array of CIDR strings: every Resurs source merged, the same as /ips-v4.txt. Allow these.',
  ipv6: 'Array of CIDR strings. Empty: Resurs calls over IPv4 only.',
  lists:
    'Array of the published lists the merged set comes from; each has id, title, source, sourceUrl (or null), date and entries.',
  'lists[].entries[]':
    'cidr (CIDR string; /32 for single addresses), kind ("owned-block" or "callback-source"), label (AS number or the docs\' label), asn (number or null), insideOwnedBlock (CIDR of the owned block that already contains it, or null), since (ISO date of the first version that listed it without a break since).',
  history:
    'Array of every published version, oldest first: date, lists (ids of the list versions in force), published (ids published that date), added and noLongerListed (CIDR strings compared with the version before; "no longer listed" because the sources rarely say why an address went). The same as /ips.atom.',
  plainLists: 'Object: file name (relative to this file) → what the plain-text list holds; one CIDR per line.',
} as const;

/** The /ips.json document. `docsUrl` is the absolute URL of its documentation. Never throws. */
export function buildIpsJson(docsUrl: string) {
  return {
    $comment: `Resurs Bank's source addresses for allowlists, generated from the integration FAQ's data. Field documentation: "schema" below and ${docsUrl}`,
    schemaVersion: 1,
    updated: currentVersion.date,
    syncToken: syncTokenOf(listHistory),
    createDate: dateTimeOf(currentVersion.date),
    port: callbackPort,
    protocol: 'tcp',
    ipv4: minimalResursSources.map((t) => t.cidr),
    ipv6: [] as string[],
    lists: currentVersion.lists.map((list) => ({
      id: list.id,
      title: list.title,
      source: list.source,
      sourceUrl: list.sourceUrl ?? null,
      date: list.date,
      entries: resursTargets
        .filter((t) => t.list.id === list.id)
        .map((t) => ({
          cidr: t.cidr,
          kind: t.kind,
          label: t.label,
          asn: t.asn,
          insideOwnedBlock: t.insideBlock,
          since: listedSince(t.cidr),
        })),
    })),
    history: networkVersions.map((v) => ({
      date: v.date,
      lists: v.lists.map((l) => l.id),
      published: v.published.map((l) => l.id),
      added: v.added.map((e) => e.cidr),
      noLongerListed: v.noLongerListed.map((e) => e.cidr),
    })),
    plainLists: plainListFiles,
    schema: ipsJsonSchema,
  };
}
