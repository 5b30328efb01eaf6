import ipaddr from 'ipaddr.js';
import { describe, expect, test } from 'vitest';
import { analyzeAllowlist, summarizeAllowlistReport } from '../../src/lib/allowlist/analyze-allowlist.ts';
import { checkAddresses, summarizeAddressReport } from '../../src/lib/allowlist/check-addresses.ts';
import { MAX_ENTRIES, MAX_INPUT_CHARS, tokenize } from '../../src/lib/allowlist/tokenize.ts';
import { currentCallbackSourceList, currentOwnedBlockList } from '../../src/lib/network/history.ts';

// Expected lists and counts come from the data (src/data/network.ts, pinned in network.test.ts).
const ownedBlocks = currentOwnedBlockList.entries.map((b) => b.cidr);
const callbackSources = currentCallbackSourceList.entries.map((e) => e.address);
const inside = (address: string, cidr: string) => ipaddr.IPv4.parse(address).match(ipaddr.IPv4.parseCIDR(cidr));
/** The callback sources outside the owned blocks (the cloud addresses). */
const cloudSources = callbackSources.filter((a) => !ownedBlocks.some((b) => inside(a, b)));
/** Addresses of 51.21.0.0/16 that are not Resurs: the block less the callback sources in it. */
const notResursIn51_21 = (2 ** 16 - callbackSources.filter((a) => inside(a, '51.21.0.0/16')).length).toLocaleString(
  'en-US',
);

describe('tokenize', () => {
  test.each([
    // [input, tokens, ignored words]
    // Newlines, commas, semicolons and spaces all separate.
    ['1.1.1.1\n2.2.2.2,3.3.3.3; 4.4.4.4  5.5.5.5', ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4', '5.5.5.5'], 0],
    // Windows line ends and blank lines.
    ['1.1.1.1\r\n\r\n2.2.2.2\r', ['1.1.1.1', '2.2.2.2'], 0],
    // A line with nothing address-like is kept whole, so the junk gets an explanation.
    ['<script>alert(1)</script>', ['<script>alert', '1', '</script>'], 0],
    // An iptables log line: only SRC= and DST= values; the MAC address, TOS=0x00 and ports are skipped.
    [
      'Nov 27 12:00:01 fw kernel: [12345.678901] [UFW BLOCK] IN=eth0 OUT= MAC=aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:08:00 SRC=51.21.206.32 DST=203.0.113.7 TOS=0x00 SPT=51514 DPT=443',
      ['51.21.206.32', '203.0.113.7'],
      13,
    ],
    // An access log line with a mapped IPv6 client; the timestamp is not an address.
    ['::ffff:192.121.110.5 - - [27/Nov/2026:12:00:01 +0000] "GET /cb HTTP/1.1" 200 2', ['::ffff:192.121.110.5'], 9],
    // Config lines: nginx, Apache and iptables.
    [
      'allow 192.121.110.0/24;\nRequire ip 13.50.187.51\n-A INPUT -s 51.21.32.255/32 -j ACCEPT',
      ['192.121.110.0/24', '13.50.187.51', '51.21.32.255/32'],
      8,
    ],
    // On a config line, an ambiguous short form is still picked up to be flagged.
    ['Allow from 192.121.110', ['192.121.110'], 2],
    // JSON from a cloud console.
    ['[{"CidrIp":"13.50.187.51/32"}]', ['13.50.187.51/32'], 2],
    // A line of words with one address on it: the words are skipped.
    ['see 1.2.3.4 <script>', ['1.2.3.4'], 2],
    // Bracketed IPv6 with a port survives.
    ['[2001:db8::1]:443', ['[2001:db8::1]:443'], 0],
    // Apache error-log client with an unmatched bracket.
    ['[client 51.21.39.192:51514] AH01630', ['51.21.39.192:51514'], 2],
  ] as const)('%s', (input, tokens, ignored) => {
    const result = tokenize(input);
    expect(result.tokens.map((t) => t.text)).toEqual(tokens);
    expect(result.ignoredWords).toBe(ignored);
  });

  test('counts control and invisible characters and treats them as separators', () => {
    // A zero-width space, a NUL and a BOM from a copy-paste.
    const result = tokenize('\ufeff1.1.1.1\u200b2.2.2.2\u00003.3.3.3');
    expect(result.tokens.map((t) => t.text)).toEqual(['1.1.1.1', '2.2.2.2', '3.3.3.3']);
    expect(result.controlCharacters).toBe(3);
  });

  test('cuts input beyond the character limit and says how much', () => {
    const result = tokenize(`${'1.1.1.1\n'.repeat(MAX_INPUT_CHARS / 8)}9.9.9.9`);
    expect(result.truncatedChars).toBe(7);
    expect(result.tokens.some((t) => t.text === '9.9.9.9')).toBe(false);
  });

  test('checks at most MAX_ENTRIES entries and counts the rest', () => {
    const result = tokenize('1.1.1.1\n'.repeat(MAX_ENTRIES + 5));
    expect(result.tokens).toHaveLength(MAX_ENTRIES);
    expect(result.droppedEntries).toBe(5);
  });

  test('reports line numbers from 1', () => {
    expect(tokenize('\n\n1.1.1.1').tokens[0]?.line).toBe(3);
  });
});

describe('checkAddresses verdicts', () => {
  test.each([
    // [input, data-verdict, words the headline or details must contain]
    // Listed callback sources, with label, list and date.
    ['13.50.187.51', 'callback-source', '"Cloud"'],
    ['51.21.32.255', 'callback-source', currentCallbackSourceList.date],
    // 192.121.110.100 is a callback source and inside the first owned block.
    ['192.121.110.100', 'callback-source', 'Also inside 192.121.110.0/24, a block Resurs owns'],
    // Inside an owned block, named with its AS number; first and last address of the block.
    ['192.121.110.5', 'resurs-range', 'AS35814'],
    ['192.121.110.0', 'resurs-range', '192.121.110.0/24'],
    ['91.198.202.255', 'resurs-range', '91.198.202.0/24'],
    ['194.68.237.128', 'resurs-range', '194.68.237.0/24'],
    // One address below and above a block.
    ['192.121.109.255', 'not-resurs', 'Not Resurs'],
    ['192.121.111.0', 'not-resurs', 'Not Resurs'],
    // Neighbours of a callback source.
    ['13.50.187.50', 'not-resurs', 'Not Resurs'],
    ['13.50.187.52', 'not-resurs', 'Not Resurs'],
    // IPv4-mapped IPv6 is judged as the IPv4 address.
    ['::ffff:192.121.110.5', 'resurs-range', 'IPv4-mapped'],
    ['::ffff:13.50.187.51', 'callback-source', 'Cloud'],
    // With a port.
    ['13.50.187.51:443', 'callback-source', 'Port 443'],
    ['[::ffff:51.21.206.32]:443', 'callback-source', 'Cloud'],
    // CIDR blocks: fully inside, equal, partly inside, outside.
    ['192.121.110.0/25', 'resurs-range', 'Fully inside 192.121.110.0/24'],
    ['192.121.110.0/24', 'resurs-range', 'Exactly 192.121.110.0/24'],
    ['192.121.110.0/23', 'partial', '256 addresses that are not'],
    ['51.21.0.0/16', 'partial', `${notResursIn51_21} addresses that are not`],
    ['192.121.112.0/24', 'not-resurs', 'Not Resurs'],
    // Host bits set: judged as the block, and explained.
    ['192.121.110.5/24', 'resurs-range', 'host bits set'],
    // A /32 equal to a callback source.
    ['51.21.39.192/32', 'callback-source', 'Cloud'],
    // Wildcard and dash range.
    ['192.121.110.*', 'resurs-range', 'wildcard'],
    ['192.121.110.250-192.121.111.5', 'partial', 'not Resurs'],
    // IPv6: never Resurs, and special ranges are named.
    ['2001:db8::1', 'not-resurs', 'IPv4 only'],
    ['[2001:db8::1]:443', 'not-resurs', 'RFC 3849'],
    ['fe80::1', 'not-resurs', 'Link-local'],
    // Special IPv4 ranges with their RFCs.
    ['10.1.2.3', 'not-resurs', 'RFC 1918'],
    ['192.168.0.1', 'not-resurs', 'RFC 1918'],
    ['100.64.0.1', 'not-resurs', 'RFC 6598'],
    ['127.0.0.1', 'not-resurs', 'Loopback'],
    ['169.254.1.1', 'not-resurs', 'RFC 3927'],
    ['198.51.100.7', 'not-resurs', 'RFC 5737'],
    ['198.18.0.1', 'not-resurs', 'Benchmarking'],
    ['224.0.0.1', 'not-resurs', 'Multicast'],
    ['255.255.255.255', 'not-resurs', 'Limited broadcast'],
    // The whole RFC 1918 block 172.16.0.0/12, with the note on the FAQ's /16.
    ['172.20.1.1', 'not-resurs', 'The FAQ writes 172.16.0.0/16'],
    ['172.31.255.255', 'not-resurs', 'RFC 1918'],
    // Inside the FAQ's /16 the note is not needed.
    ['172.16.5.5', 'not-resurs', 'RFC 1918'],
    // Just outside the /12.
    ['172.32.0.1', 'not-resurs', 'Not Resurs'],
    // Ambiguous forms are invalid, never reinterpreted.
    ['010.1.1.1', 'invalid', 'leading zero'],
    ['127.1', 'invalid', 'fewer than four parts'],
    ['0x7f.0.0.1', 'invalid', 'hexadecimal'],
    ['fe80::1%eth0', 'invalid', 'zone id'],
    ['<script>', 'invalid', 'Not an IP address'],
  ] as const)('%s → %s', (input, verdict, words) => {
    const [result] = checkAddresses(input).results;
    expect(result?.verdict).toBe(verdict);
    expect(`${result?.headline} ${result?.details.join(' ')}`).toContain(words);
  });

  test('names the callback sources a partial block contains, not the one inside a block it covers', () => {
    const [result] = checkAddresses('192.121.110.0/23').results;
    expect(result?.headline).toBe("Covers 192.121.110.0/24 and 256 addresses that are not Resurs'.");
  });

  test('summarises a mixed paste in one sentence', () => {
    const report = checkAddresses('13.50.187.51 192.121.110.5\n10.0.0.1\n127.1');
    expect(summarizeAddressReport(report)).toBe(
      '4 entries checked: 1 Resurs callback source, 1 in a Resurs block, 1 not Resurs, 1 not valid.',
    );
  });

  test('says there is nothing to check for empty input', () => {
    expect(summarizeAddressReport(checkAddresses('   \n '))).toBe('No addresses to check yet.');
  });
});

describe('analyzeAllowlist', () => {
  const blocksOnly = ownedBlocks.join('\n');
  const cloud = cloudSources.join('\n');
  /** Broad ranges around the cloud sources: the /16 of each. */
  const cloudRanges = [...new Set(cloudSources.map((a) => `${a.split('.').slice(0, 2).join('.')}.0.0/16`))].join('\n');

  test.each([
    // [allowlist, status, coverage of 13.50.187.51, coverage of 194.68.237.0/24]
    // Nothing valid yet.
    ['', 'empty', 'none', 'none'],
    ['not an allowlist', 'empty', 'none', 'none'],
    // The FAQ's three blocks alone drop the cloud callback sources.
    [blocksOnly, 'drops-callbacks', 'none', 'full'],
    // Callback sources alone: no callback is dropped, but the owned blocks are missing.
    [callbackSources.join('\n'), 'missing-blocks', 'full', 'none'],
    // Everything.
    [`${blocksOnly}\n${cloud}`, 'complete', 'full', 'full'],
    // Half of a block is a partial gap.
    [`192.121.110.0/24\n194.68.237.0/25\n91.198.202.0/24\n${cloud}`, 'missing-blocks', 'full', 'partial'],
    // A broad cloud range covers a source but is flagged separately.
    [`${blocksOnly}\n${cloudRanges}`, 'complete', 'full', 'full'],
  ] as const)('%# → %s', (input, status, cloudCoverage, blockCoverage) => {
    const report = analyzeAllowlist(input);
    expect(report.status).toBe(status);
    expect(report.coverage.find((c) => c.target.display === '13.50.187.51')?.coverage).toBe(cloudCoverage);
    expect(report.coverage.find((c) => c.target.display === '194.68.237.0/24')?.coverage).toBe(blockCoverage);
  });

  test('lists the missing part of a partly covered block as CIDRs', () => {
    const report = analyzeAllowlist('194.68.237.0/25\n194.68.237.200');
    expect(report.coverage.find((c) => c.target.display === '194.68.237.0/24')?.missing).toEqual([
      '194.68.237.128/26',
      '194.68.237.192/29',
      '194.68.237.201/32',
      '194.68.237.202/31',
      '194.68.237.204/30',
      '194.68.237.208/28',
      '194.68.237.224/27',
    ]);
  });

  test.each([
    // [allowlist, number of broad findings, words of the first message]
    // A whole cloud range around one callback source.
    ['13.48.0.0/13', 1, '524,288 addresses where Resurs needs 1'],
    // Everything.
    ['0.0.0.0/0', 1, 'allows every IPv4 address'],
    // A /23 around an owned block lets in 256 others: broad.
    ['192.121.110.0/23', 1, 'allows 512 addresses where Resurs needs 256'],
    // A /24 that is exactly an owned block is not broad.
    ['192.121.110.0/24', 0, ''],
    // A /31 around a callback source lets in one other address: under the threshold.
    ['13.50.187.50/31', 0, ''],
    // Wide ranges unrelated to Resurs are the firewall's own business.
    ['10.0.0.0/8', 0, ''],
  ] as const)('flags %s as too broad: %i', (input, count, words) => {
    const report = analyzeAllowlist(input);
    expect(report.broad).toHaveLength(count);
    if (count > 0) expect(report.broad[0]?.message).toContain(words);
  });

  test.each([
    // [allowlist, overlap kinds in line order]
    // An exact duplicate, also written differently.
    ['192.121.110.0/24\n192.121.110.0/24', ['duplicate']],
    ['192.121.110.0/24\n192.121.110.*', ['duplicate']],
    // A block inside a bigger one, whichever comes first.
    ['192.121.110.0/24\n192.121.110.0/25', ['contained']],
    ['192.121.110.100\n192.121.110.0/24', ['contained']],
    // Two ranges that share part of their addresses.
    ['10.0.0.0-10.0.0.200\n10.0.0.100-10.0.0.255', ['overlap']],
    // Adjacent blocks do not overlap.
    ['192.121.110.0/25\n192.121.110.128/25', []],
    // IPv4 and IPv6 never overlap.
    ['192.121.110.0/24\n::/0', []],
  ] as const)('finds duplicates and overlaps in %j', (input, kinds) => {
    expect(analyzeAllowlist(input).overlaps.map((o) => o.kind)).toEqual(kinds);
  });

  test('names the line an entry repeats', () => {
    const [finding] = analyzeAllowlist('192.121.110.0/24\n13.50.187.51\n192.121.110.0/24').overlaps;
    expect(finding?.message).toBe('192.121.110.0/24 (line 3) repeats 192.121.110.0/24 (line 1).');
  });

  test.each([
    // [allowlist, summary]
    ['', 'No valid entries yet: paste the addresses your firewall allows.'],
    [blocksOnly, `${cloudSources.length} callback sources are not allowed: callbacks from them are dropped.`],
    [
      [...cloudSources, ...callbackSources.filter((a) => !cloudSources.includes(a))].join('\n'),
      `All callback sources are allowed, but ${ownedBlocks.length} of Resurs' blocks are not fully covered.`,
    ],
  ])('summarises %j', (input, summary) => {
    expect(summarizeAllowlistReport(analyzeAllowlist(input))).toBe(summary);
  });
});
