/**
 * The one place that decides what counts as an address. Policy: IPv4 is exactly four decimal
 * parts 0–255 without leading zeros. Forms that software reads differently are refused with an
 * explanation and the readings, never silently reinterpreted: ipaddr.js and inet_aton read
 * `010.1.1.1` as octal 8.1.1.1, `127.1` as 127.0.0.1 and `0x7f.0.0.1` as hex, and ipaddr.js
 * turns the IPv4-compatible `::1.2.3.4` into the mapped `::ffff:1.2.3.4`; zone ids (`%eth0`) only
 * mean something on one machine. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is the IPv4 address.
 */
import {
  exactPrefix,
  type Family,
  formatAddress,
  formatIPv4,
  formatRange,
  type IpRange,
  prefixRange,
} from '../shared/ip-range.ts';
import { fail, ok, type Result } from '../shared/result.ts';

/** How an entry was written. */
export type EntryKind = 'address' | 'cidr' | 'range' | 'wildcard';

/** Something worth telling about an accepted entry. */
export interface EntryNote {
  code: 'ipv4-mapped' | 'host-bits' | 'port' | 'wildcard' | 'range' | 'netmask';
  message: string;
}

/** An address, block or range the policy accepts. */
export interface ParsedEntry {
  /** The token as typed. */
  text: string;
  family: Family;
  range: IpRange;
  kind: EntryKind;
  /** Prefix length when the entry is one CIDR block or a single address, else null. */
  prefix: number | null;
  /** TCP port written after the address, if any. */
  port: number | null;
  /** Canonical form: "192.121.110.0/24", "192.121.110.5", "2001:db8::1". */
  canonical: string;
  notes: EntryNote[];
}

/** Why a token is refused. */
export type ProblemCode =
  | 'empty'
  | 'too-long'
  | 'leading-zero'
  | 'short-form'
  | 'hex'
  | 'integer'
  | 'ipv4-compatible'
  | 'zone-id'
  | 'octet-out-of-range'
  | 'bad-ipv6'
  | 'bad-prefix'
  | 'bad-port'
  | 'bad-range'
  | 'not-an-address';

/** A refused token: what is wrong and how to fix it. */
export interface ParseProblem {
  code: ProblemCode;
  message: string;
  /** For forms read differently by different software: who reads it how. */
  readings?: string[];
}

/** Tokens longer than this are refused before any parsing (the longest IPv6 CIDR with port is ~60). */
export const MAX_TOKEN_LENGTH = 100;

const problem = (code: ProblemCode, message: string, readings?: string[]): { ok: false; error: ParseProblem } =>
  fail(readings ? { code, message, readings } : { code, message });

/**
 * Reads a dotted IPv4 string the way BSD inet_aton, curl and the WHATWG URL standard (browsers) do:
 * one to four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the remaining
 * bytes. Returns null where they would reject it. Never throws.
 */
export function readLikeInetAton(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const values: bigint[] = [];
  for (const part of parts) {
    let value: bigint;
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) value = part.length === 2 ? 0n : BigInt(part);
    else if (/^0[0-7]+$/.test(part)) value = BigInt(`0o${part.slice(1)}`);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) value = BigInt(part);
    else return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255n)) return null;
  const lastBits = BigInt(8 * (4 - values.length));
  if (last >= 1n << lastBits) return null;
  return values.reduce((acc, v, i) => acc | (v << BigInt(24 - 8 * i)), 0n) | last;
}

/** Reads each part as decimal, ignoring leading zeros (what many firewalls do). Never throws. */
function readAsDecimal(parts: string[]): bigint | null {
  if (parts.length !== 4 || parts.some((p) => !/^[0-9]+$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

const DOTTED_QUAD = /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/;

/** Parses a strict dotted-quad IPv4 address; explains every other form. Never throws. */
export function parseIPv4(text: string): Result<bigint, ParseProblem> {
  // Fast path for the common case: one regex, arithmetic in Number (exact below 2^53), one BigInt.
  const quad = DOTTED_QUAD.exec(text);
  if (quad) {
    const [a, b, c, d] = [Number(quad[1]), Number(quad[2]), Number(quad[3]), Number(quad[4])];
    if (a > 255 || b > 255 || c > 255 || d > 255) {
      return problem('octet-out-of-range', `${text}: each of the four parts must be 0–255.`);
    }
    return ok(BigInt(((a * 256 + b) * 256 + c) * 256 + d));
  }
  const parts = text.split('.');
  const strict = /^(0|[1-9][0-9]{0,2})$/;
  const aton = readLikeInetAton(text);
  const atonReading =
    aton === null ? 'inet_aton and browsers reject it' : `inet_aton, curl and browsers read ${formatIPv4(aton)}`;
  if (parts.some((p) => /^0[xX]/.test(p))) {
    return problem('hex', `${text} uses hexadecimal parts. Firewalls reject or misread it; write four decimal parts.`, [
      atonReading,
    ]);
  }
  if (parts.length === 4 && parts.some((p) => /^0[0-9]+$/.test(p))) {
    const decimal = readAsDecimal(parts);
    return problem(
      'leading-zero',
      `${text} has a part with a leading zero, which some software reads as octal and some as decimal. Write it without leading zeros.`,
      [atonReading, decimal === null ? 'other software rejects it' : `other software reads ${formatIPv4(decimal)}`],
    );
  }
  if (parts.length === 1 && /^[0-9]+$/.test(text)) {
    return problem('integer', `${text} is a single number, not an IPv4 address. Write four decimal parts.`, [
      atonReading,
    ]);
  }
  if (parts.length < 4 && parts.every((p) => /^[0-9]+$/.test(p))) {
    const readings = [atonReading];
    if (parts.every((p) => strict.test(p) && Number(p) <= 255)) {
      const network = parts.join('.');
      readings.push(
        `Apache's "Require ip ${network}" means the block ${network}.${Array(4 - parts.length)
          .fill('0')
          .join('.')}/${parts.length * 8}`,
      );
    }
    return problem(
      'short-form',
      `${text} has fewer than four parts; software fills in the missing parts differently. Write all four parts (or a CIDR block).`,
      readings,
    );
  }
  return problem('not-an-address', `${text} is not an IPv4 address.`);
}

/** Parses an IPv6 address without zone id; dotted IPv4 tails are held to the IPv4 policy. Never throws. */
export function parseIPv6(text: string): Result<bigint, ParseProblem> {
  if (text.includes('%')) {
    const [address = '', zone = ''] = text.split('%', 2);
    return problem(
      'zone-id',
      `${text} ends in a zone id (%${zone}), which names a network interface on one machine. It is not part of an address anyone else can reach; write ${address} without it.`,
    );
  }
  let hex = text;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  let embedded: bigint | null = null;
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (!v4.ok) return problem(v4.error.code, `${text}: the IPv4 part ${v4.error.message}`, v4.error.readings);
    embedded = v4.value;
    hex = `${text.slice(0, lastColon + 1)}0:0`;
  }
  if (!/^[0-9a-fA-F:]+$/.test(hex) || hex.split('::').length > 2) {
    return problem('bad-ipv6', `${text} is not a valid IPv6 address.`);
  }
  const [head = '', rest] = hex.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const groups = [...headGroups, ...tailGroups];
  const compressed = rest !== undefined;
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g)) || (compressed ? groups.length > 7 : groups.length !== 8)) {
    return problem(
      'bad-ipv6',
      `${text} is not a valid IPv6 address: it needs eight groups of 1–4 hex digits, or "::" for a run of zero groups.`,
    );
  }
  const zeros = Array(8 - groups.length).fill('0');
  const all = compressed ? [...headGroups, ...zeros, ...tailGroups] : groups;
  let value = all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
  if (embedded !== null) {
    value = (value & ~0xffffffffn) | embedded;
    // RFC 4291 §2.5.5.1: "::a.b.c.d" is the deprecated IPv4-compatible form; ipaddr.js and others read it as mapped.
    if (value >> 32n === 0n) {
      return problem(
        'ipv4-compatible',
        `${text} is the deprecated IPv4-compatible form (RFC 4291 §2.5.5.1). Some software reads it as the IPv4 address ${formatIPv4(embedded)}, some as an IPv6 address. Write ${formatIPv4(embedded)} or ::ffff:${formatIPv4(embedded)}.`,
      );
    }
  }
  return ok(value);
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** Whether an IPv6 value lies in ::ffff:0:0/96 (IPv4-mapped, RFC 4291 §2.5.5.2). Never throws. */
export function isIPv4Mapped(value: bigint): boolean {
  return value >> 32n === 0xffffn;
}

function parseAddress(text: string): Result<{ family: Family; value: bigint }, ParseProblem> {
  if (text.includes(':')) {
    const v6 = parseIPv6(text);
    return v6.ok ? ok({ family: 6, value: v6.value }) : v6;
  }
  const v4 = parseIPv4(text);
  return v4.ok ? ok({ family: 4, value: v4.value }) : v4;
}

function parsePrefix(
  text: string,
  family: Family,
  whole: string,
): Result<{ prefix: number; note?: EntryNote }, ParseProblem> {
  const max = family === 4 ? 32 : 128;
  if (/^[0-9]{1,3}$/.test(text) && Number(text) <= max) return ok({ prefix: Number(text) });
  if (family === 4 && text.includes('.')) {
    const mask = parseIPv4(text);
    if (mask.ok) {
      const inverted = ~mask.value & 0xffffffffn;
      if ((inverted & (inverted + 1n)) === 0n) {
        const prefix = 32 - inverted.toString(2).replace(/^0+/, '').length;
        return ok({ prefix, note: { code: 'netmask', message: `Netmask ${text} is the prefix /${prefix}.` } });
      }
    }
    return problem(
      'bad-prefix',
      `${whole}: ${text} is not a netmask (its one-bits must be contiguous, e.g. 255.255.255.0).`,
    );
  }
  return problem('bad-prefix', `${whole}: the prefix after "/" must be a number from 0 to ${max} for IPv${family}.`);
}

function parsePort(text: string, whole: string): Result<number, ParseProblem> {
  if (/^[1-9][0-9]{0,4}$/.test(text) && Number(text) <= 65535) return ok(Number(text));
  return problem('bad-port', `${whole}: the port after ":" must be a number from 1 to 65535.`);
}

/** Converts an IPv4-mapped IPv6 address or block (prefix ≥ 96) into its IPv4 form. */
function unmap(entry: ParsedEntry): ParsedEntry {
  const { range, prefix } = entry;
  if (range.family !== 6 || !isIPv4Mapped(range.start) || !isIPv4Mapped(range.end)) return entry;
  if (prefix !== null && prefix < 96) return entry;
  const v4: IpRange = { family: 4, start: range.start - MAPPED_PREFIX, end: range.end - MAPPED_PREFIX };
  const v4Prefix = prefix === null ? null : prefix - 96;
  const canonical = entry.kind === 'address' ? formatIPv4(v4.start) : formatRange(v4);
  return {
    ...entry,
    family: 4,
    range: v4,
    prefix: v4Prefix,
    canonical,
    notes: [
      ...entry.notes,
      {
        code: 'ipv4-mapped',
        message: `${entry.text} is the IPv4-mapped IPv6 form of ${canonical}: dual-stack servers log IPv4 clients this way.`,
      },
    ],
  };
}

function single(text: string, family: Family, value: bigint, port: number | null, notes: EntryNote[]): ParsedEntry {
  return {
    text,
    family,
    range: { family, start: value, end: value },
    kind: 'address',
    prefix: family === 4 ? 32 : 128,
    port,
    canonical: formatAddress(family, value),
    notes,
  };
}

function parseWildcard(text: string): Result<ParsedEntry, ParseProblem> {
  const parts = text.split('.');
  const fixed = parts.filter((p) => p !== '*');
  if (parts.length !== 4 || fixed.length === 0 || parts.slice(fixed.length).some((p) => p !== '*')) {
    return problem('not-an-address', `${text}: a wildcard must replace whole trailing parts, e.g. 192.121.110.* .`);
  }
  const base = parseIPv4([...fixed, ...Array(4 - fixed.length).fill('0')].join('.'));
  if (!base.ok) return base;
  const prefix = fixed.length * 8;
  const range = prefixRange(4, base.value, prefix);
  const canonical = formatRange(range);
  return ok({
    text,
    family: 4,
    range,
    kind: 'wildcard',
    prefix,
    port: null,
    canonical,
    notes: [{ code: 'wildcard', message: `The wildcard ${text} is the block ${canonical}.` }],
  });
}

function parseDashRange(text: string): Result<ParsedEntry, ParseProblem> {
  const parts = text.split('-');
  if (parts.length !== 2) {
    return problem(
      'bad-range',
      `${text}: a range has exactly two ends joined by one “-”, such as 192.121.110.0-192.121.110.255.`,
    );
  }
  const [from = '', to = ''] = parts;
  const a = parseAddress(from);
  if (!a.ok) return a;
  const b = parseAddress(to);
  if (!b.ok) return b;
  if (a.value.family !== b.value.family) {
    return problem('bad-range', `${text}: both ends of a range must be IPv4, or both IPv6.`);
  }
  if (a.value.value > b.value.value) {
    return problem('bad-range', `${text}: the first address must not be greater than the last.`);
  }
  const range: IpRange = { family: a.value.family, start: a.value.value, end: b.value.value };
  const prefix = exactPrefix(range);
  const canonical = formatRange(range);
  const notes: EntryNote[] =
    prefix === null ? [] : [{ code: 'range', message: `The range ${text} is exactly the block ${canonical}.` }];
  return ok(unmap({ text, family: range.family, range, kind: 'range', prefix, port: null, canonical, notes }));
}

/**
 * Parses one token as an address, CIDR block (prefix or netmask), dash range or trailing wildcard,
 * with an optional port (`1.2.3.4:443`, `[2001:db8::1]:443`). IPv4-mapped IPv6 becomes IPv4.
 * Returns an explained problem for anything else. Never throws.
 */
export function parseAddressEntry(token: string): Result<ParsedEntry, ParseProblem> {
  const text = token.trim();
  if (text === '') return problem('empty', 'Empty entry.');
  if (text.length > MAX_TOKEN_LENGTH) {
    return problem(
      'too-long',
      `An entry of ${text.length} characters is far longer than any address; check the separators.`,
    );
  }
  if (!/^[0-9A-Za-z.:/[\]%*_-]+$/.test(text)) {
    return problem(
      'not-an-address',
      'Not an IP address, CIDR block or range. Write e.g. 192.121.110.5, 192.121.110.0/24 or 2001:db8::1.',
    );
  }
  if (text.includes('*')) return parseWildcard(text);
  if (text.includes('-')) return parseDashRange(text);

  let body = text;
  let port: number | null = null;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    body = bracketed[1] ?? '';
    if (bracketed[2] !== undefined) {
      const parsed = parsePort(bracketed[2], text);
      if (!parsed.ok) return parsed;
      port = parsed.value;
    }
    if (!body.includes(':')) return problem('not-an-address', `${text}: brackets are only for IPv6 addresses.`);
  } else if (/^[^:]+:[^:]*$/.test(text)) {
    // One colon: an IPv4 address (or block) with a port. IPv6 always has at least two.
    const [address = '', portText = ''] = text.split(':');
    const parsed = parsePort(portText, text);
    if (!parsed.ok) return parsed;
    body = address;
    port = parsed.value;
  }

  const notes: EntryNote[] = [];
  if (port !== null) {
    notes.push({
      code: 'port',
      message:
        port === 443 ? 'Port 443 (https), the port Resurs uses.' : `Port ${port}: Resurs connects to port 443 only.`,
    });
  }
  const slash = body.indexOf('/');
  const addressText = slash < 0 ? body : body.slice(0, slash);
  const parsed = parseAddress(addressText);
  if (!parsed.ok) return parsed;
  const { family, value } = parsed.value;
  if (slash < 0) return ok(unmap(single(text, family, value, port, notes)));

  const prefixResult = parsePrefix(body.slice(slash + 1), family, text);
  if (!prefixResult.ok) return prefixResult;
  const { prefix, note } = prefixResult.value;
  if (note) notes.push(note);
  const range = prefixRange(family, value, prefix);
  const canonical = formatRange(range);
  if (range.start !== value) {
    notes.push({
      code: 'host-bits',
      message: `${addressText}/${prefix} has host bits set: the block is ${canonical}. Some firewalls refuse this, some use ${canonical}, and some allow only the one address; write ${canonical}.`,
    });
  }
  return ok(unmap({ text, family, range, kind: 'cidr', prefix, port, canonical, notes }));
}
