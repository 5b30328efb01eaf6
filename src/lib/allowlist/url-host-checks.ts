/** The checks on a callback URL's host: IP literal ranges, IPv6, local-only names and tunnels. */

import { formatIPv4 } from '../shared/ip-range.ts';
import { classifyHostName, normalizeHostName } from './host-names.ts';
import { isIPv4Mapped, parseIPv4, parseIPv6 } from './parse-address.ts';
import { findNonPublicRange, isOutsideFaq172 } from './special-ranges.ts';
import { type CheckId, item, type UrlCheck } from './url-checks.ts';
import type { UrlParts } from './url-parts.ts';

/** What the host of a URL is, or why it cannot be used (and which check says so). */
export type HostInfo =
  | { kind: 'name'; name: string }
  | { kind: 'ipv4'; value: bigint }
  | { kind: 'ipv6'; value: bigint; text: string }
  | { kind: 'bad'; reason: string; id: CheckId };

function toAsciiHost(host: string): string | null {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** Whether WHATWG URL parsing would treat the host as an IPv4 address (its last label is a number). */
function endsInNumber(host: string): boolean {
  const labels = host.replace(/\.$/, '').split('.');
  const last = labels[labels.length - 1] ?? '';
  return /^[0-9]+$/.test(last) || /^0[xX][0-9a-fA-F]*$/.test(last);
}

/** Reads the host as typed, holding IP literals to the address policy. Never throws. */
export function readHost(parts: UrlParts): HostInfo {
  const { host } = parts;
  if (host.includes('{')) {
    return {
      kind: 'bad',
      id: 'placeholders',
      reason:
        'The host holds a placeholder; Resurs fills placeholders in the path and query only, so the host must be written out.',
    };
  }
  if (parts.bracketed) {
    const v6 = parseIPv6(host.replace(/%25/, '%'));
    if (!v6.ok) return { kind: 'bad', id: 'ipv6', reason: v6.error.message };
    return { kind: 'ipv6', value: v6.value, text: host };
  }
  if (endsInNumber(host)) {
    const v4 = parseIPv4(host.replace(/\.$/, ''));
    if (!v4.ok) {
      const readings = v4.error.readings ? ` (${v4.error.readings.join('; ')})` : '';
      return { kind: 'bad', id: 'ip-range', reason: `${v4.error.message}${readings}` };
    }
    return { kind: 'ipv4', value: v4.value };
  }
  const ascii = [...host].every((ch) => ch.charCodeAt(0) < 0x80) ? host : toAsciiHost(host);
  if (ascii === null) return { kind: 'bad', id: 'local-name', reason: `${host} is not a valid host name.` };
  const name = normalizeHostName(ascii);
  if (!name.ok) return { kind: 'bad', id: 'local-name', reason: name.error };
  return { kind: 'name', name: name.value };
}

/** A non-public IP literal can't be reached; a public one warns about certificates. Never throws. */
export function ipRangeCheck(info: HostInfo): UrlCheck {
  const title = 'A public address';
  if (info.kind === 'bad' && info.id === 'ip-range') return item('ip-range', 'fail', title, info.reason);
  if (info.kind === 'ipv4' || info.kind === 'ipv6') {
    const mapped = info.kind === 'ipv6' && isIPv4Mapped(info.value);
    const range =
      mapped || info.kind === 'ipv4'
        ? { family: 4 as const, start: info.value & 0xffffffffn, end: info.value & 0xffffffffn }
        : { family: 6 as const, start: info.value, end: info.value };
    const special = findNonPublicRange(range);
    if (special) {
      const note = special.note && isOutsideFaq172(range) ? ` ${special.note}` : '';
      return item(
        'ip-range',
        'fail',
        title,
        `${formatIPv4OrText(info)} is in ${special.cidr}, ${special.name.toLowerCase()} (${special.rfc}): Resurs can't reach it from the internet.${note}`,
      );
    }
    return item(
      'ip-range',
      'warn',
      title,
      'The host is a public IP address. The certificate must be issued for this address, which few certificate authorities do: use a host name in public DNS.',
    );
  }
  return item('ip-range', 'pass', title, 'The host is a name, not an IP address.');
}

function formatIPv4OrText(info: HostInfo): string {
  if (info.kind === 'ipv4') return formatIPv4(info.value);
  if (info.kind === 'ipv6') return info.text;
  return '';
}

/** An IPv6 literal can't be reached: Resurs calls over IPv4 only. Never throws. */
export function ipv6Check(info: HostInfo): UrlCheck {
  const title = 'IPv4, not an IPv6 address';
  if (info.kind === 'bad' && info.id === 'ipv6') return item('ipv6', 'fail', title, info.reason);
  if (info.kind !== 'ipv6') return item('ipv6', 'pass', title, 'The host is not an IPv6 address.');
  const mapped = isIPv4Mapped(info.value)
    ? ` [${info.text}] is the IPv4-mapped form of ${formatIPv4(info.value & 0xffffffffn)}: write that address instead.`
    : '';
  return item('ipv6', 'fail', title, `Resurs calls over IPv4 only, so an IPv6 address can't be reached.${mapped}`);
}

/** Local-only names and tunnelling services. Never throws. */
export function nameChecks(info: HostInfo): UrlCheck[] {
  const localTitle = 'A name in public DNS';
  const tunnelTitle = 'No tunnelling service';
  if (info.kind === 'bad' && info.id === 'local-name') {
    return [
      item('local-name', 'fail', localTitle, info.reason),
      item('tunnel', 'pass', tunnelTitle, 'No tunnel domain.'),
    ];
  }
  if (info.kind !== 'name') {
    return [
      item('local-name', 'pass', localTitle, 'The host is an IP address: no name to resolve.'),
      item('tunnel', 'pass', tunnelTitle, 'No tunnel domain.'),
    ];
  }
  const found = classifyHostName(info.name);
  const tunnel =
    found.kind === 'tunnel'
      ? item(
          'tunnel',
          'fail',
          tunnelTitle,
          found.service.status === 'blocked-by-name'
            ? `${info.name} belongs to ${found.service.name} (${found.domain}). Resurs blocks ${found.service.name} at its firewall: test on a publicly reachable server instead.`
            : `${info.name} belongs to ${found.service.name} (${found.domain}), a tunnelling service. Resurs blocks ngrok, LocalTunnel and similar tunnels: test on a publicly reachable server instead.`,
        )
      : item('tunnel', 'pass', tunnelTitle, 'Not a known tunnelling service.');
  let local: UrlCheck;
  if (found.kind === 'local-suffix') {
    const s = found.suffix;
    local = item(
      'local-name',
      'fail',
      localTitle,
      `${info.name} is a .${s.suffix} name: ${s.reason} (${s.source}). Resurs can't resolve it.`,
    );
  } else if (found.kind === 'single-label') {
    local = item(
      'local-name',
      'fail',
      localTitle,
      `"${info.name}" has no dot: a single-label name resolves only inside your own network. Use the full public name.`,
    );
  } else if (found.kind === 'example-domain') {
    local = item(
      'local-name',
      'fail',
      localTitle,
      `${found.domain} is reserved for documentation (RFC 2606): replace it with your shop's own host name.`,
    );
  } else {
    local = item(
      'local-name',
      'pass',
      localTitle,
      `${info.name} is not a local-only name. Check below that public DNS knows it.`,
    );
  }
  return [local, tunnel];
}
