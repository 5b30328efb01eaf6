/**
 * The versions of Resurs' published address lists, computed from the history in src/data/network.ts:
 * the state of every list on each publication date, what each version added and what it no longer
 * lists, when each entry first appeared, and a sync token for the whole content. The current lists
 * are the newest version of each kind, so nothing is typed twice.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  type CallbackSourceList,
  type ListKind,
  listHistory,
  type OwnedBlockList,
  type SourceList,
} from '../../data/network.ts';

/** The list kinds in display order: owned blocks first, then callback sources. */
export const listKinds: readonly ListKind[] = ['owned-blocks', 'callback-sources'];

/** One entry of a published list, in CIDR notation (/32 for a single address). */
export interface ListedEntry {
  kind: ListKind;
  cidr: string;
  /** As people write it: the block in CIDR, the address without /32. */
  display: string;
  /** "AS35814" for blocks; the docs' label for addresses. */
  label: string;
  asn: number | null;
  /** The published list version the entry was read from. */
  list: SourceList;
}

/** The state of all lists on one publication date, and what changed from the version before. */
export interface NetworkVersion {
  /** The ISO date, also the version's id (`?from=`). */
  date: string;
  /** The list versions published on this date. */
  published: readonly SourceList[];
  /** The newest version of each kind on this date (a kind not yet published is absent). */
  lists: readonly SourceList[];
  /** Every entry of `lists`, owned blocks first. */
  entries: readonly ListedEntry[];
  /** Entries not in the previous version (all of them for the first). */
  added: readonly ListedEntry[];
  /** Entries of the previous version that this one does not list (the source may not say why). */
  noLongerListed: readonly ListedEntry[];
}

/** The entries of one list version, in the data's order. Never throws. */
export function entriesOf(list: SourceList): ListedEntry[] {
  if (list.kind === 'owned-blocks') {
    return list.entries.map((b) => ({
      kind: list.kind,
      cidr: b.cidr,
      display: b.cidr,
      label: `AS${b.asn}`,
      asn: b.asn,
      list,
    }));
  }
  return list.entries.map((s) => ({
    kind: list.kind,
    cidr: `${s.address}/32`,
    display: s.address,
    label: s.label,
    asn: null,
    list,
  }));
}

const keyOf = (e: ListedEntry) => `${e.kind} ${e.cidr}`;

/** Entries of `after` whose kind and CIDR are not in `before`. Never throws. */
export function entriesNotIn(after: readonly ListedEntry[], before: readonly ListedEntry[]): ListedEntry[] {
  const known = new Set(before.map(keyOf));
  return after.filter((e) => !known.has(keyOf(e)));
}

/**
 * One version per publication date, oldest first: on each date, the newest version of each kind
 * published on or before it. Never throws; an empty history gives no versions.
 */
export function buildVersions(history: readonly SourceList[]): NetworkVersion[] {
  const dates = [...new Set(history.map((l) => l.date))].sort();
  const versions: NetworkVersion[] = [];
  for (const date of dates) {
    const lists = listKinds.flatMap((kind) => {
      const upTo = history.filter((l) => l.kind === kind && l.date <= date);
      const newest = upTo.reduce<SourceList | undefined>((a, l) => (a && a.date > l.date ? a : l), undefined);
      return newest ? [newest] : [];
    });
    const entries = lists.flatMap(entriesOf);
    const previous = versions.at(-1)?.entries ?? [];
    versions.push({
      date,
      published: history.filter((l) => l.date === date),
      lists,
      entries,
      added: entriesNotIn(entries, previous),
      noLongerListed: entriesNotIn(previous, entries),
    });
  }
  return versions;
}

/** Every version of Resurs' lists, oldest first. */
export const networkVersions: readonly NetworkVersion[] = buildVersions(listHistory);

function newest(): NetworkVersion {
  const last = networkVersions.at(-1);
  if (!last) throw new Error('network: src/data/network.ts holds no list version');
  return last;
}

/** The newest version: what the tables, tester, snippets and exports use. */
export const currentVersion: NetworkVersion = newest();

function currentOf<L extends SourceList>(kind: L['kind']): L {
  const list = currentVersion.lists.find((l) => l.kind === kind);
  if (!list) throw new Error(`network: no published version of the ${kind} list`);
  return list as L;
}

/** The newest version of the owned-block list. */
export const currentOwnedBlockList: OwnedBlockList = currentOf<OwnedBlockList>('owned-blocks');

/** The newest version of the callback-source list. */
export const currentCallbackSourceList: CallbackSourceList = currentOf<CallbackSourceList>('callback-sources');

/** The version published on `date`, or undefined. Never throws. */
export function findVersion(date: string, versions: readonly NetworkVersion[] = networkVersions) {
  return versions.find((v) => v.date === date);
}

/**
 * The date from which a CIDR has been listed (in any list) without a break up to the newest version
 * (its `since` in /ips.json). Falls back to the newest version's date. Never throws.
 */
export function listedSince(cidr: string, versions: readonly NetworkVersion[] = networkVersions): string {
  let since = versions.at(-1)?.date ?? '';
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i];
    if (!version?.entries.some((e) => e.cidr === cidr)) break;
    since = version.date;
  }
  return since;
}

/**
 * A token that is the same for the same content and changes whenever any list version is added or
 * edited: the first 20 hex digits of the SHA-256 of the history's entries, dates and sources. Never throws.
 */
export function syncTokenOf(history: readonly SourceList[]): string {
  const content = history.map((l) => [l.id, l.kind, l.date, l.source, l.commit ?? null, l.entries]);
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(content)))).slice(0, 20);
}

/** The RFC 3339 timestamp (midnight UTC) of an ISO date, as Atom and /ips.json use it. Never throws. */
export function dateTimeOf(date: string): string {
  return `${date}T00:00:00Z`;
}

/** One row of the versions side by side: an entry and whether each version lists it. */
export interface VersionMatrixRow {
  cidr: string;
  display: string;
  kind: ListKind;
  /** One per version, oldest first: the entry's label in that version, or null when not listed. */
  cells: (string | null)[];
}

/** Every entry that any version lists, in order of first appearance, against every version. Never throws. */
export function buildVersionMatrix(versions: readonly NetworkVersion[] = networkVersions): VersionMatrixRow[] {
  const rows: VersionMatrixRow[] = [];
  for (const version of versions) {
    for (const entry of version.entries) {
      if (rows.some((r) => r.cidr === entry.cidr)) continue;
      rows.push({
        cidr: entry.cidr,
        display: entry.display,
        kind: entry.kind,
        cells: versions.map((v) => v.entries.find((e) => e.cidr === entry.cidr)?.label ?? null),
      });
    }
  }
  return rows;
}
