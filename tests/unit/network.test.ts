import { describe, expect, test } from 'vitest';
import { listHistory } from '../../src/data/network.ts';
import { describeBlock } from '../../src/lib/network/describe-block.ts';
import { networkVersions } from '../../src/lib/network/history.ts';

describe('describeBlock', () => {
  test.each([
    // The FAQ's three blocks, figures as in the source table (re-checked independently).
    ['192.121.110.0/24', '192.121.110.1', '192.121.110.254', '192.121.110.255', '255.255.255.0', 254, '192.121.110.*'],
    ['194.68.237.0/24', '194.68.237.1', '194.68.237.254', '194.68.237.255', '255.255.255.0', 254, '194.68.237.*'],
    ['91.198.202.0/24', '91.198.202.1', '91.198.202.254', '91.198.202.255', '255.255.255.0', 254, '91.198.202.*'],
    // RFC 1918's 172.16.0.0/12: not an octet boundary, so no wildcard.
    ['172.16.0.0/12', '172.16.0.1', '172.31.255.254', '172.31.255.255', '255.240.0.0', 1048574, null],
    // A /31 point-to-point link has no network or broadcast address (RFC 3021).
    ['10.0.0.0/31', '10.0.0.0', '10.0.0.1', '10.0.0.1', '255.255.255.254', 2, null],
    // A /32 is one host.
    ['51.21.32.255/32', '51.21.32.255', '51.21.32.255', '51.21.32.255', '255.255.255.255', 1, null],
  ])('describes %s', (cidr, first, last, broadcast, netmask, hosts, wildcard) => {
    expect(describeBlock(cidr)).toMatchObject({
      firstHost: first,
      lastHost: last,
      broadcast,
      netmask,
      hostCount: hosts,
      wildcard,
    });
  });

  test.each([
    // Host bits set: the data file must hold the network address.
    ['192.121.110.5/24', /host bits/],
    // Not a CIDR at all.
    ['192.121.110.0', /./],
    // Prefix out of range.
    ['192.121.110.0/33', /./],
  ])('throws on %s', (cidr, message) => {
    expect(() => describeBlock(cidr)).toThrow(message);
  });
});

describe('network data', () => {
  test('every owned block in every version is a valid network address', () => {
    for (const list of listHistory) {
      if (list.kind === 'owned-blocks')
        for (const block of list.entries) expect(() => describeBlock(block.cidr)).not.toThrow();
    }
  });

  test('every list version has a unique id, a real ISO date and entries, oldest first', () => {
    expect(new Set(listHistory.map((l) => l.id)).size).toBe(listHistory.length);
    for (const list of listHistory) {
      expect(list.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${list.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(list.date);
      expect(list.entries.length).toBeGreaterThan(0);
      if (list.commit !== undefined) expect(list.commit).toMatch(/^[0-9a-f]{40}$/);
    }
    const dates = listHistory.map((l) => l.date);
    expect(dates).toEqual([...dates].sort());
  });

  // The facts, pinned once: every other test derives its expectations from the data. The history is
  // append-only, so the pin covers the versions recorded so far; a new version goes after them.
  test('the versions begin with the 2023 FAQ, the docs at ad94709 (2025-10-28) and the docs at b235739 (2026-06-02)', () => {
    const recorded = networkVersions.slice(0, 3);
    expect(recorded.map((v) => [v.date, v.published.map((l) => l.commit?.slice(0, 7) ?? null)])).toEqual([
      ['2023-12-27', [null]],
      ['2025-10-28', ['ad94709']],
      ['2026-06-02', ['b235739']],
    ]);
    // docs/faq/index.md at ad94709 already listed 192.121.110.100 with the two first cloud addresses.
    expect(recorded[1]?.added.map((e) => e.display)).toEqual(['192.121.110.100', '13.50.187.51', '51.21.32.255']);
    expect(recorded[2]?.added.map((e) => e.display)).toEqual(['51.21.206.32', '51.21.39.192']);
    expect(recorded.flatMap((v) => v.noLongerListed)).toEqual([]);
  });
});
