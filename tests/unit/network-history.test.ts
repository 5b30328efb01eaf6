import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { type CallbackSourceList, listHistory, type SourceList } from '../../src/data/network.ts';
import { buildIpsJson } from '../../src/lib/allowlist/exports.ts';
import { buildIpsJsonJsonSchema } from '../../src/lib/allowlist/ips-json-schema.ts';
import { minimalResursSources } from '../../src/lib/allowlist/resurs-ranges.ts';
import { buildAtomFeed, escapeXml, versionTitle } from '../../src/lib/network/atom-feed.ts';
import {
  buildVersionMatrix,
  buildVersions,
  currentCallbackSourceList,
  currentOwnedBlockList,
  currentVersion,
  dateTimeOf,
  listedSince,
  networkVersions,
  syncTokenOf,
} from '../../src/lib/network/history.ts';

/*
 * Every expected value here is computed from listHistory (src/data/network.ts); the facts
 * themselves are pinned once, in network.test.ts.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const dates = [...new Set(listHistory.map((l) => l.date))].sort();
const cidrsOf = (list: SourceList) =>
  list.kind === 'owned-blocks' ? list.entries.map((b) => b.cidr) : list.entries.map((s) => `${s.address}/32`);
/** The newest list of each kind published on or before `date`, straight from the data. */
const listsOn = (date: string) =>
  (['owned-blocks', 'callback-sources'] as const).flatMap((kind) => {
    const upTo = listHistory.filter((l) => l.kind === kind && l.date <= date);
    return upTo.length > 0 ? [upTo[upTo.length - 1] as SourceList] : [];
  });
const cidrsOn = (date: string) => listsOn(date).flatMap(cidrsOf);

/** A strict XML parser: any warning or error (not only fatal ones) fails the parse. */
function parseXml(text: string) {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`xml ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'application/xml');
}

const urls = { feed: 'https://faq.example/ips.atom', tool: 'https://faq.example/tools/allowlist/' };

/** A made-up history in which an address disappears and a note carries markup, for what the real data lacks. */
const owned = listHistory.find((l) => l.kind === 'owned-blocks') as SourceList;
const callbackBase = listHistory.find((l) => l.kind === 'callback-sources') as CallbackSourceList;
const withDrop: SourceList[] = [
  owned,
  { ...callbackBase, date: '2030-01-01', entries: [{ address: '198.51.100.7', label: 'Cloud' }] },
  {
    ...callbackBase,
    date: '2030-02-01',
    note: 'A note with <markup> & "quotes"',
    entries: [{ address: '198.51.100.8', label: 'Cloud' }],
  },
];

describe('versions', () => {
  test('there is one version per publication date, oldest first', () => {
    expect(networkVersions.map((v) => v.date)).toEqual(dates);
  });

  test.each(dates)('the version of %s holds the newest list of each kind published by then', (date) => {
    const version = networkVersions.find((v) => v.date === date);
    expect(version?.lists.map((l) => l.id)).toEqual(listsOn(date).map((l) => l.id));
    expect(version?.entries.map((e) => e.cidr)).toEqual(cidrsOn(date));
  });

  test.each(dates.map((date, i) => [date, dates[i - 1]] as const))(
    'the version of %s names what it added and what it no longer lists, against %s',
    (date, previous) => {
      const before = previous ? cidrsOn(previous) : [];
      const after = cidrsOn(date);
      const version = networkVersions.find((v) => v.date === date);
      expect(version?.added.map((e) => e.cidr)).toEqual(after.filter((c) => !before.includes(c)));
      expect(version?.noLongerListed.map((e) => e.cidr)).toEqual(before.filter((c) => !after.includes(c)));
    },
  );

  test('the current lists are the newest version of each kind', () => {
    const last = dates[dates.length - 1] as string;
    expect([currentOwnedBlockList.id, currentCallbackSourceList.id]).toEqual(listsOn(last).map((l) => l.id));
    expect(currentVersion.date).toBe(last);
  });

  test('an address a later version does not list is "no longer listed"', () => {
    const versions = buildVersions(withDrop);
    expect(versions[2]?.noLongerListed.map((e) => e.cidr)).toEqual(['198.51.100.7/32']);
    expect(versions[2]?.added.map((e) => e.cidr)).toEqual(['198.51.100.8/32']);
  });

  test('an empty history gives no versions', () => {
    expect(buildVersions([])).toEqual([]);
  });

  test.each(currentVersion.entries.map((e) => [e.cidr] as const))(
    '%s is listed since the first version of its unbroken run',
    (cidr) => {
      let since = currentVersion.date;
      for (const date of [...dates].reverse()) {
        if (!cidrsOn(date).includes(cidr)) break;
        since = date;
      }
      expect(listedSince(cidr)).toBe(since);
    },
  );

  test('the side-by-side table has every entry of every version, and a cell per version', () => {
    const all = [...new Set(dates.flatMap(cidrsOn))];
    const matrix = buildVersionMatrix();
    expect(matrix.map((r) => r.cidr)).toEqual(all);
    for (const row of matrix) {
      expect(row.cells.map((c) => c !== null)).toEqual(dates.map((d) => cidrsOn(d).includes(row.cidr)));
    }
  });
});

describe('syncToken', () => {
  test.each([
    // The same content gives the same token.
    ['a copy of the history', [...listHistory], true],
    // A new version changes it.
    ['one more version', [...listHistory, { ...callbackBase, date: '2030-01-01' }], false],
    // An edited entry changes it.
    ['an edited address', [owned, { ...callbackBase, entries: [{ address: '198.51.100.9', label: 'Cloud' }] }], false],
  ] as const)('%s: same token = %s', (_, history, same) => {
    expect(syncTokenOf(history) === syncTokenOf(listHistory)).toBe(same);
    expect(syncTokenOf(history)).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('/ips.json', () => {
  const json = buildIpsJson('https://faq.example/tools/allowlist/#ips-json');
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(buildIpsJsonJsonSchema('https://faq.example/ips.schema.json'));

  test('validates against its JSON Schema', () => {
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  });

  test.each([
    // An entry without "since".
    [
      'no since',
      (j: Record<string, unknown>) =>
        delete (j.lists as { entries: Record<string, unknown>[] }[])[0]?.entries[0]?.since,
    ],
    // No syncToken at all.
    ['no syncToken', (j: Record<string, unknown>) => delete j.syncToken],
    // createDate as a bare date is not the documented date-time.
    ['createDate without time', (j: Record<string, unknown>) => (j.createDate = currentVersion.date)],
  ])('the schema rejects a document with %s', (_, spoil) => {
    const copy = JSON.parse(JSON.stringify(json));
    spoil(copy);
    expect(validate(copy)).toBe(false);
  });

  test('carries the sync token, the create date and the merged list of the newest version', () => {
    expect(json.syncToken).toBe(syncTokenOf(listHistory));
    expect(json.createDate).toBe(dateTimeOf(currentVersion.date));
    expect(json.updated).toBe(currentVersion.date);
    expect(json.ipv4).toEqual(minimalResursSources.map((t) => t.cidr));
  });

  test('gives every entry the date it has been listed since', () => {
    const entries = json.lists.flatMap((l) => l.entries);
    expect(entries.map((e) => e.cidr)).toEqual(currentVersion.entries.map((e) => e.cidr));
    for (const entry of entries) expect(entry.since).toBe(listedSince(entry.cidr));
  });

  test('lists every version with what it added and what it no longer lists', () => {
    expect(json.history).toEqual(
      networkVersions.map((v) => ({
        date: v.date,
        lists: v.lists.map((l) => l.id),
        published: v.published.map((l) => l.id),
        added: v.added.map((e) => e.cidr),
        noLongerListed: v.noLongerListed.map((e) => e.cidr),
      })),
    );
  });
});

describe('/ips.atom', () => {
  const doc = parseXml(buildAtomFeed(urls));
  const feed = doc.documentElement;
  const children = (parent: XmlElement | null | undefined, name: string) =>
    parent
      ? Array.from(parent.childNodes).filter(
          (n): n is XmlElement =>
            n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === ATOM,
        )
      : [];
  const textOf = (parent: XmlElement | null | undefined, name: string) =>
    children(parent, name)[0]?.textContent ?? null;
  const entries = children(feed, 'entry');

  test('the strict parser refuses broken XML (so the checks below can fail)', () => {
    expect(() => parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>')).toThrow();
  });

  test('is an Atom 1.0 feed with id, title, updated, author and a self link', () => {
    expect(feed?.localName).toBe('feed');
    expect(feed?.namespaceURI).toBe(ATOM);
    expect(textOf(feed, 'id')).toBe(urls.feed);
    expect(textOf(feed, 'title')).toBeTruthy();
    expect(textOf(feed, 'updated')).toBe(dateTimeOf(currentVersion.date));
    expect(textOf(children(feed, 'author')[0], 'name')).toBeTruthy();
    const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(urls.feed);
  });

  test('has one entry per version, newest first, each with a unique id and an RFC 3339 date', () => {
    expect(entries.map((e) => textOf(e, 'updated'))).toEqual([...dates].reverse().map(dateTimeOf));
    const ids = entries.map((e) => textOf(e, 'id'));
    expect(new Set(ids).size).toBe(entries.length);
    for (const entry of entries) expect(textOf(entry, 'title')).toBeTruthy();
  });

  test.each([...networkVersions].reverse().map((v, i) => [v.date, v, i] as const))(
    'the entry of %s names each address added and its source',
    (_, version, i) => {
      const content = textOf(entries[i], 'content') ?? '';
      for (const added of version.added) expect(content).toContain(`Added: ${added.display}`);
      for (const list of version.published) expect(content).toContain(list.source);
    },
  );

  test('says "no longer listed", never "removed", and keeps markup in a note as text', () => {
    const made = parseXml(buildAtomFeed(urls, buildVersions(withDrop)));
    const content = children(children(made.documentElement, 'entry')[0], 'content')[0]?.textContent ?? '';
    expect(content).toContain('No longer listed: 198.51.100.7');
    expect(content).not.toMatch(/removed/i);
    expect(content).toContain('A note with <markup> & "quotes"');
  });
});

describe('feed text', () => {
  test.each([
    // Plain text stays as it is.
    ['192.121.110.0/24', '192.121.110.0/24'],
    // The five XML specials become character references.
    [`<a href="x">&'</a>`, '&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;'],
    // An emoji passes through whole.
    ['😀', '😀'],
  ])('escapeXml(%j) is %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  test.each(networkVersions.map((v, i) => [v.date, v, i] as const))(
    'the title of %s counts its changes',
    (date, v, i) => {
      const title = versionTitle(v, i === 0);
      expect(title.startsWith(`${date}: `)).toBe(true);
      if (i === 0) expect(title).toContain(`${v.entries.length} entries`);
      else if (v.added.length > 0) expect(title).toContain(`${v.added.length} added`);
    },
  );
});
