import { describe, expect, test } from 'vitest';
import { type ParseProblem, parseAddressEntry, readLikeInetAton } from '../../src/lib/allowlist/parse-address.ts';
import {
  classifyContainment,
  exactPrefix,
  formatIPv6,
  type IpRange,
  rangeToCidrs,
  subtractRanges,
} from '../../src/lib/shared/ip-range.ts';

const v4 = (a: string, b = a): IpRange => {
  const start = parseAddressEntry(a);
  const end = parseAddressEntry(b);
  if (!start.ok || !end.ok) throw new Error('bad fixture');
  return { family: 4, start: start.value.range.start, end: end.value.range.end };
};

describe('parseAddressEntry accepts', () => {
  test.each([
    // [input, canonical, family, kind, port, note codes]
    // Plain IPv4, boundaries of the address space.
    ['192.121.110.5', '192.121.110.5', 4, 'address', null, []],
    ['0.0.0.0', '0.0.0.0', 4, 'address', null, []],
    ['255.255.255.255', '255.255.255.255', 4, 'address', null, []],
    // A /32 host that ends in .255 is a valid host, not a broadcast address (domain facts §1).
    ['51.21.32.255', '51.21.32.255', 4, 'address', null, []],
    // Surrounding whitespace is not part of the entry.
    ['  13.50.187.51 ', '13.50.187.51', 4, 'address', null, []],
    // CIDR blocks at the prefix boundaries.
    ['192.121.110.0/24', '192.121.110.0/24', 4, 'cidr', null, []],
    ['0.0.0.0/0', '0.0.0.0/0', 4, 'cidr', null, []],
    ['13.50.187.51/32', '13.50.187.51/32', 4, 'cidr', null, []],
    // Host bits set: the block is explained, not refused.
    ['192.121.110.5/24', '192.121.110.0/24', 4, 'cidr', null, ['host-bits']],
    // A netmask instead of a prefix length (iptables and Apache accept it).
    ['192.121.110.0/255.255.255.0', '192.121.110.0/24', 4, 'cidr', null, ['netmask']],
    // Ports after IPv4 and bracketed IPv6.
    ['1.2.3.4:443', '1.2.3.4', 4, 'address', 443, ['port']],
    ['1.2.3.4:8080', '1.2.3.4', 4, 'address', 8080, ['port']],
    ['[2001:db8::1]:443', '2001:db8::1', 6, 'address', 443, ['port']],
    ['[2001:db8::1]', '2001:db8::1', 6, 'address', null, []],
    // IPv6 forms and boundaries.
    ['2001:DB8::1', '2001:db8::1', 6, 'address', null, []],
    ['::', '::', 6, 'address', null, []],
    ['::1', '::1', 6, 'address', null, []],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 6, 'address', null, []],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1', 6, 'address', null, []],
    ['2001:db8::/32', '2001:db8::/32', 6, 'cidr', null, []],
    ['::/0', '::/0', 6, 'cidr', null, []],
    // IPv4-mapped IPv6 is the IPv4 address, in dotted and in hex form.
    ['::ffff:192.121.110.5', '192.121.110.5', 4, 'address', null, ['ipv4-mapped']],
    ['::ffff:c079:6e05', '192.121.110.5', 4, 'address', null, ['ipv4-mapped']],
    ['::FFFF:192.121.110.5', '192.121.110.5', 4, 'address', null, ['ipv4-mapped']],
    ['[::ffff:192.121.110.5]:443', '192.121.110.5', 4, 'address', 443, ['port', 'ipv4-mapped']],
    // A mapped block of prefix 96+n is the IPv4 block /n.
    ['::ffff:192.121.110.0/120', '192.121.110.0/24', 4, 'cidr', null, ['ipv4-mapped']],
    // Wildcards as written in Apache's old "Allow from" and in the FAQ's table.
    ['192.121.110.*', '192.121.110.0/24', 4, 'wildcard', null, ['wildcard']],
    ['10.*.*.*', '10.0.0.0/8', 4, 'wildcard', null, ['wildcard']],
    // Dash ranges, aligned (a block) and not.
    ['192.121.110.0-192.121.110.255', '192.121.110.0/24', 4, 'range', null, ['range']],
    ['192.121.110.10-192.121.110.20', '192.121.110.10–192.121.110.20', 4, 'range', null, []],
  ] as const)('%s → %s', (input, canonical, family, kind, port, notes) => {
    const result = parseAddressEntry(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.canonical).toBe(canonical);
    expect(result.value.family).toBe(family);
    expect(result.value.kind).toBe(kind);
    expect(result.value.port).toBe(port);
    expect(result.value.notes.map((n) => n.code)).toEqual(notes);
  });
});

describe('parseAddressEntry refuses', () => {
  test.each([
    // [input, problem code, a reading it must name (or null)]
    // Empty and over-long entries.
    ['', 'empty', null],
    ['1'.repeat(101), 'too-long', null],
    // Markup and other junk.
    ['<script>', 'not-an-address', null],
    ['hello', 'not-an-address', null],
    ['1.2.3.4.5', 'not-an-address', null],
    // Parts above 255.
    ['256.1.1.1', 'octet-out-of-range', null],
    ['192.121.110.999', 'octet-out-of-range', null],
    // Leading zeros: octal to inet_aton and browsers, decimal to others.
    ['010.1.1.1', 'leading-zero', 'read 8.1.1.1'],
    ['192.121.110.05', 'leading-zero', 'other software reads 192.121.110.5'],
    // "08" is not valid octal, so inet_aton rejects it.
    ['192.168.1.08', 'leading-zero', 'reject it'],
    // Short forms: filled in by inet_aton, read as a prefix by Apache.
    ['127.1', 'short-form', 'read 127.0.0.1'],
    ['192.121.110', 'short-form', 'block 192.121.110.0/24'],
    // Hexadecimal parts.
    ['0x7f.0.0.1', 'hex', 'read 127.0.0.1'],
    ['0xC0.0xA8.1.1', 'hex', 'read 192.168.1.1'],
    // A single integer.
    ['3232235777', 'integer', 'read 192.168.1.1'],
    // Zone ids name an interface on one machine.
    ['fe80::1%eth0', 'zone-id', null],
    ['[fe80::1%25en0]:443', 'zone-id', null],
    // Deprecated IPv4-compatible IPv6 (ipaddr.js turns it into a mapped address).
    ['::1.2.3.4', 'ipv4-compatible', null],
    // IPv4 rules also hold inside IPv6.
    ['::ffff:010.1.1.1', 'leading-zero', null],
    // Malformed IPv6.
    ['1::2::3', 'bad-ipv6', null],
    ['2001:db8:0:0:0:0:0:1:2', 'bad-ipv6', null],
    ['2001:db8::12345', 'bad-ipv6', null],
    ['2001:db8::g', 'bad-ipv6', null],
    // Prefixes out of range for the family.
    ['192.121.110.0/33', 'bad-prefix', null],
    ['2001:db8::/129', 'bad-prefix', null],
    ['192.121.110.0/', 'bad-prefix', null],
    ['192.121.110.0/255.0.255.0', 'bad-prefix', null],
    // Ports out of range.
    ['1.2.3.4:0', 'bad-port', null],
    ['1.2.3.4:65536', 'bad-port', null],
    ['[2001:db8::1]:http', 'bad-port', null],
    // Ranges written backwards or across families.
    ['10.0.0.9-10.0.0.1', 'bad-range', null],
    ['10.0.0.1-2001:db8::1', 'bad-range', null],
    // A range with a third part is not read as its first two (it would then "cover" a Resurs block).
    ['192.121.110.0-192.121.110.255-x', 'bad-range', null],
    ['192.121.110.0-192.121.110.255-192.121.111.0', 'bad-range', null],
    ['10.0.0.1--10.0.0.2', 'bad-range', null],
    // A wildcard must replace trailing parts.
    ['*.1.2.3', 'not-an-address', null],
  ] as const)('%s (%s)', (input, code, reading) => {
    const result = parseAddressEntry(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error: ParseProblem = result.error;
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    if (reading) expect(error.readings?.join(' | ')).toContain(reading);
  });
});

describe('readLikeInetAton', () => {
  test.each([
    // [input, reading or null]
    // Plain dotted quad.
    ['1.2.3.4', '16909060'],
    // Octal and hex parts.
    ['010.0.0.1', String(8 * 2 ** 24 + 1)],
    ['0x7f.1', String(127 * 2 ** 24 + 1)],
    // The last part fills the remaining bytes.
    ['127.1', String(127 * 2 ** 24 + 1)],
    ['1.65535', String(2 ** 24 + 65535)],
    // Too large for the bytes left.
    ['1.16777216', null],
    ['256.0.0.1', null],
    // Invalid octal digit.
    ['08.1.1.1', null],
    // Empty parts.
    ['1..2.3', null],
  ] as const)('%s → %s', (input, expected) => {
    const value = readLikeInetAton(input);
    expect(value === null ? null : value.toString()).toBe(expected);
  });
});

describe('formatIPv6 follows RFC 5952', () => {
  test.each([
    // [value as groups, text]
    // The longest zero run is compressed.
    [[0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], '2001:db8::1:0:0:1'],
    // On a tie, the first run.
    [[0x2001, 0, 0, 1, 0, 0, 0, 1], '2001:0:0:1::1'],
    // A single zero group is not compressed.
    [[0x2001, 0xdb8, 0, 1, 1, 1, 1, 1], '2001:db8:0:1:1:1:1:1'],
    // All zeros and the loopback.
    [[0, 0, 0, 0, 0, 0, 0, 0], '::'],
    [[0, 0, 0, 0, 0, 0, 0, 1], '::1'],
    // Lower case, no leading zeros.
    [[0xabcd, 0x0ef, 0, 0, 0, 0, 0, 0], 'abcd:ef::'],
  ])('%j → %s', (groups, text) => {
    const value = groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
    expect(formatIPv6(value)).toBe(text);
  });
});

describe('range helpers', () => {
  test.each([
    // [range, the fewest CIDR blocks covering exactly it]
    // One aligned block.
    [v4('192.121.110.0', '192.121.110.255'), ['192.121.110.0/24']],
    // A single address.
    [v4('13.50.187.51'), ['13.50.187.51/32']],
    // An unaligned range splits into several blocks.
    [v4('10.0.0.1', '10.0.0.6'), ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']],
    // The whole address space.
    [v4('0.0.0.0', '255.255.255.255'), ['0.0.0.0/0']],
  ])('rangeToCidrs %#', (range, cidrs) => {
    expect(rangeToCidrs(range)).toEqual(cidrs);
  });

  test.each([
    // [range, cuts, what is left as CIDRs]
    // Nothing cut.
    [v4('10.0.0.0', '10.0.0.255'), [], ['10.0.0.0/24']],
    // The lower half cut.
    [v4('10.0.0.0', '10.0.0.255'), [v4('10.0.0.0', '10.0.0.127')], ['10.0.0.128/25']],
    // A hole in the middle, and overlapping cuts.
    [
      v4('10.0.0.0', '10.0.0.255'),
      [v4('10.0.0.64', '10.0.0.127'), v4('10.0.0.100', '10.0.0.191')],
      ['10.0.0.0/26', '10.0.0.192/26'],
    ],
    // A cut wider than the range leaves nothing.
    [v4('10.0.0.0', '10.0.0.255'), [v4('10.0.0.0', '10.255.255.255')], []],
  ])('subtractRanges %#', (range, cuts, left) => {
    expect(subtractRanges(range, cuts).flatMap(rangeToCidrs)).toEqual(left);
  });

  test.each([
    // [entry, block, containment]
    // Inside, equal, partly overlapping and outside.
    [v4('192.121.110.0', '192.121.110.127'), v4('192.121.110.0', '192.121.110.255'), 'full'],
    [v4('192.121.110.0', '192.121.110.255'), v4('192.121.110.0', '192.121.110.255'), 'full'],
    [v4('192.121.110.0', '192.121.111.255'), v4('192.121.110.0', '192.121.110.255'), 'partial'],
    [v4('192.121.109.255'), v4('192.121.110.0', '192.121.110.255'), 'outside'],
    // The first address after the block.
    [v4('192.121.111.0'), v4('192.121.110.0', '192.121.110.255'), 'outside'],
  ])('classifyContainment %#', (entry, block, expected) => {
    expect(classifyContainment(entry, block)).toBe(expected);
  });

  test.each([
    // [range, prefix or null]
    [v4('192.121.110.0', '192.121.110.255'), 24],
    [v4('192.121.110.1', '192.121.111.0'), null],
    [v4('10.0.0.0', '10.0.0.2'), null],
  ])('exactPrefix %#', (range, prefix) => {
    expect(exactPrefix(range)).toBe(prefix);
  });
});
