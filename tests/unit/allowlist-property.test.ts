import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, test } from 'vitest';
import { analyzeAllowlist } from '../../src/lib/allowlist/analyze-allowlist.ts';
import { checkAddresses } from '../../src/lib/allowlist/check-addresses.ts';
import { parseAddressEntry } from '../../src/lib/allowlist/parse-address.ts';
import { classifyContainment, formatIPv6, rangeSize, rangeToCidrs } from '../../src/lib/shared/ip-range.ts';

/*
 * The range matcher (parse → inclusive bigint range → compare ends) checked against an independent
 * implementation: bit masks over BigInt built straight from the octets, and ipaddr.js's own
 * parser and match() where its lenient parsing does not matter (canonical input only).
 */

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
const groups = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 });

/** Independent oracle: the address as BigInt from octets, and containment by network mask. */
function v4Value(o: readonly number[]): bigint {
  return o.reduce((acc, x) => acc * 256n + BigInt(x), 0n);
}
function v4Mask(prefix: number): bigint {
  return prefix === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefix)) - 1n);
}
function inBlock(address: bigint, base: bigint, prefix: number): boolean {
  return (address & v4Mask(prefix)) === (base & v4Mask(prefix));
}

function parseRange(text: string) {
  const parsed = parseAddressEntry(text);
  if (!parsed.ok) throw new Error(`refused ${text}: ${parsed.error.message}`);
  return parsed.value.range;
}

describe('range matcher against an independent implementation', () => {
  test('an IPv4 address is inside a block exactly when the masks agree', () => {
    fc.assert(
      fc.property(octets, octets, fc.integer({ min: 0, max: 32 }), (a, b, prefix) => {
        const address = parseRange(a.join('.'));
        const block = parseRange(`${b.join('.')}/${prefix}`);
        const expected = inBlock(v4Value(a), v4Value(b), prefix) ? 'full' : 'outside';
        expect(classifyContainment(address, block)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  test('addresses near a block edge are judged like the mask says', () => {
    // Random blocks, probed one address below, at, and one above each end.
    fc.assert(
      fc.property(
        octets,
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: -1, max: 1 }),
        fc.boolean(),
        (b, prefix, delta, atEnd) => {
          const base = v4Value(b) & v4Mask(prefix);
          const edge = atEnd ? base + (1n << BigInt(32 - prefix)) - 1n : base;
          const probe = edge + BigInt(delta);
          fc.pre(probe >= 0n && probe < 1n << 32n);
          const text = [24n, 16n, 8n, 0n].map((s) => String((probe >> s) & 255n)).join('.');
          const expected = inBlock(probe, base, prefix) ? 'full' : 'outside';
          expect(classifyContainment(parseRange(text), parseRange(`${b.join('.')}/${prefix}`))).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('two IPv4 blocks nest or are disjoint, as ipaddr.js match() says', () => {
    fc.assert(
      fc.property(octets, fc.integer({ min: 0, max: 32 }), octets, fc.integer({ min: 0, max: 32 }), (a, pa, b, pb) => {
        const entry = parseRange(`${a.join('.')}/${pa}`);
        const block = parseRange(`${b.join('.')}/${pb}`);
        const entryNet = ipaddr.IPv4.networkAddressFromCIDR(`${a.join('.')}/${pa}`);
        const blockNet = ipaddr.IPv4.networkAddressFromCIDR(`${b.join('.')}/${pb}`);
        const entryInside = pa >= pb && entryNet.match(blockNet, pb);
        const blockInside = pb > pa && blockNet.match(entryNet, pa);
        const expected = entryInside ? 'full' : blockInside ? 'partial' : 'outside';
        expect(classifyContainment(entry, block)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  test('IPv6 addresses parse to the value of their groups, in any of ipaddr.js output forms', () => {
    fc.assert(
      fc.property(groups, fc.integer({ min: 0, max: 2 }), (g, form) => {
        const address = new ipaddr.IPv6(g);
        const text =
          form === 0
            ? address.toString()
            : form === 1
              ? address.toNormalizedString()
              : g.map((x) => x.toString(16).padStart(4, '0')).join(':');
        const parsed = parseAddressEntry(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const expected = g.reduce((acc, x) => acc * 65536n + BigInt(x), 0n);
        const isMapped = expected >> 32n === 0xffffn;
        // IPv4-mapped addresses become IPv4; everything else keeps its 128-bit value.
        expect(parsed.value.range.start).toBe(isMapped ? expected - (0xffffn << 32n) : expected);
        expect(parsed.value.family).toBe(isMapped ? 4 : 6);
      }),
      { numRuns: 3000 },
    );
  });

  test('IPv6 containment agrees with ipaddr.js match()', () => {
    fc.assert(
      fc.property(groups, groups, fc.integer({ min: 0, max: 128 }), (a, b, prefix) => {
        const address = new ipaddr.IPv6(a);
        const block = new ipaddr.IPv6(b);
        fc.pre(!address.isIPv4MappedAddress() && !block.isIPv4MappedAddress());
        const expected = address.match(block, prefix) ? 'full' : 'outside';
        expect(classifyContainment(parseRange(address.toString()), parseRange(`${block.toString()}/${prefix}`))).toBe(
          expected,
        );
      }),
      { numRuns: 3000 },
    );
  });

  test('formatIPv6 writes what ipaddr.js writes as RFC 5952', () => {
    fc.assert(
      fc.property(groups, (g) => {
        const value = g.reduce((acc, x) => acc * 65536n + BigInt(x), 0n);
        expect(formatIPv6(value)).toBe(new ipaddr.IPv6(g).toRFC5952String());
      }),
      { numRuns: 3000 },
    );
  });

  test('rangeToCidrs covers a range exactly, with aligned blocks', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }),
        fc.bigInt({ min: 0n, max: 5000n }),
        (start, length) => {
          const end = start + length > (1n << 32n) - 1n ? (1n << 32n) - 1n : start + length;
          const cidrs = rangeToCidrs({ family: 4, start, end });
          let cursor = start;
          for (const cidr of cidrs) {
            const range = parseRange(cidr);
            expect(range.start).toBe(cursor);
            cursor = range.end + 1n;
          }
          expect(cursor).toBe(end + 1n);
          expect(cidrs.reduce((n, c) => n + rangeSize(parseRange(c)), 0n)).toBe(end - start + 1n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('robustness', () => {
  test('checking never throws and always gives one of the five verdicts', () => {
    const verdicts = ['resurs-range', 'callback-source', 'partial', 'not-resurs', 'invalid'];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const result of checkAddresses(text).results) expect(verdicts).toContain(result.verdict);
        expect(() => analyzeAllowlist(text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  test('strings made of address characters never throw either', () => {
    const chars = fc.constantFrom(...'0123456789abcdefx.:/[]%*-, \n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 120 }), (text) => {
        expect(() => checkAddresses(text)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
