/**
 * /ips.atom: an Atom 1.0 feed (RFC 4287) with one entry per version of Resurs' lists, newest first,
 * naming each address added and each one no longer listed, with the source. Built from the
 * versions in history.ts; firewall owners subscribe to it instead of re-reading the docs.
 */
import { dateTimeOf, type ListedEntry, type NetworkVersion, networkVersions } from './history.ts';

/** The absolute URLs the feed refers to. */
export interface AtomFeedUrls {
  /** The feed itself (`rel="self"`, also its id). */
  feed: string;
  /** The "what changed" section of the allowlist tool, without query or fragment. */
  tool: string;
}

/** Escapes text for XML character data and attribute values. Never throws. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const describeEntry = (e: ListedEntry) =>
  e.kind === 'owned-blocks'
    ? `${e.cidr} (block owned by Resurs, ${e.label})`
    : `${e.display} (callback source "${e.label}")`;

/** The entry title of a version, e.g. "2026-06-02: 2 added". Never throws. */
export function versionTitle(version: NetworkVersion, first: boolean): string {
  if (first) return `${version.date}: first version, ${version.entries.length} entries`;
  const parts = [
    version.added.length > 0 ? `${version.added.length} added` : '',
    version.noLongerListed.length > 0 ? `${version.noLongerListed.length} no longer listed` : '',
  ].filter(Boolean);
  return `${version.date}: ${parts.length > 0 ? parts.join(', ') : 'no address changed'}`;
}

/** The plain-text body of a version's entry: what was added, what is no longer listed, the sources. Never throws. */
export function versionSummary(version: NetworkVersion): string {
  const lines = [
    ...version.added.map((e) => `Added: ${describeEntry(e)}`),
    ...version.noLongerListed.map(
      (e) => `No longer listed: ${describeEntry(e)} (the source does not say it was withdrawn)`,
    ),
    ...version.published.map(
      (l) =>
        `Source: ${l.source}, version of ${l.date}${l.commit ? ` (docs commit ${l.commit.slice(0, 7)})` : ''}${l.sourceUrl ? `, ${l.sourceUrl}` : ''}. ${l.note}`,
    ),
  ];
  return lines.join('\n');
}

/** The feed document. Never throws. */
export function buildAtomFeed(urls: AtomFeedUrls, versions: readonly NetworkVersion[] = networkVersions): string {
  const newest = versions.at(-1);
  const entries = versions
    .map((version, i) => {
      const previous = versions[i - 1];
      const link = previous ? `${urls.tool}?from=${previous.date}#changes` : `${urls.tool}#changes`;
      return `  <entry>
    <id>${escapeXml(`${urls.feed}#${version.date}`)}</id>
    <title>${escapeXml(versionTitle(version, i === 0))}</title>
    <updated>${dateTimeOf(version.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <content type="text">${escapeXml(versionSummary(version))}</content>
  </entry>`;
    })
    .reverse();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(urls.feed)}</id>
  <title>Resurs Bank callback and network addresses: versions</title>
  <subtitle>Every published version of Resurs Bank's owned blocks and callback source addresses, from the integration FAQ's data.</subtitle>
  <updated>${newest ? dateTimeOf(newest.date) : '1970-01-01T00:00:00Z'}</updated>
  <author><name>Resurs Bank integration FAQ</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(urls.feed)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${urls.tool}#changes`)}"/>
${entries.join('\n')}
</feed>
`;
}
