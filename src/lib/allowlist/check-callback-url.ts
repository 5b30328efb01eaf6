/**
 * Mode 3, "Can Resurs reach my callback URL?": a checklist for a URL or URI template. Each item
 * passes, fails, warns, or (for what a browser cannot see) lists the commands that check it.
 * Sources: FAQ "My environment", "Local networks / Hosts", "Are you using ngrok?", "Do we support
 * IPv6?", "Where and what about SSL"; Resurs docs on callbacks and callback registration.
 */
import { callbackUriPlaceholders } from '../../data/network.ts';
import { classifyHostName, normalizeHostName } from './host-names.ts';
import { formatIPv4 } from './ip-range.ts';
import {
  type CommandTarget,
  certificateCommands,
  firewallCommands,
  ipv4RecordCommands,
  type ManualCommand,
  publicDnsCommands,
  responseCommands,
  tlsCommands,
} from './manual-commands.ts';
import { isIPv4Mapped, parseIPv4, parseIPv6 } from './parse-address.ts';
import { findNonPublicRange, isOutsideFaq172 } from './special-ranges.ts';
import { splitUrl, type UrlParts } from './url-parts.ts';

/** `data-status` of a checklist item. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'manual';

/** `data-check` ids, in the order the checklist shows them. */
export type CheckId =
  | 'https'
  | 'port'
  | 'ip-range'
  | 'ipv6'
  | 'local-name'
  | 'tunnel'
  | 'credentials'
  | 'encoding'
  | 'placeholders'
  | 'fragment'
  | 'public-dns'
  | 'ipv4-dns'
  | 'certificate'
  | 'tls'
  | 'firewall'
  | 'response';

/** One checklist item. */
export interface UrlCheck {
  id: CheckId;
  status: CheckStatus;
  title: string;
  detail: string;
  commands: ManualCommand[];
}

/** `data-verdict` of the URL as a whole. */
export type UrlVerdict = 'reachable' | 'unreachable' | 'check-manually' | 'invalid';

/** The checklist for one URL. */
export interface UrlReport {
  verdict: UrlVerdict;
  headline: string;
  checks: UrlCheck[];
  /** The host as Resurs would connect to it (punycode, no brackets), when known. */
  host: string | null;
}

/** Sample values for placeholders in the curl command. */
const SAMPLE_VALUES: Record<string, string> = {
  paymentId: 'test-payment-1',
  digest: 'TESTDIGEST',
  result: 'THAWED',
};

type HostInfo =
  | { kind: 'name'; name: string }
  | { kind: 'ipv4'; value: bigint }
  | { kind: 'ipv6'; value: bigint; text: string }
  | { kind: 'bad'; reason: string; id: CheckId };

const item = (id: CheckId, status: CheckStatus, title: string, detail: string, commands: ManualCommand[] = []) => ({
  id,
  status,
  title,
  detail,
  commands,
});

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

function readHost(parts: UrlParts): HostInfo {
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

function schemeCheck(parts: UrlParts) {
  if (parts.scheme === 'https') return item('https', 'pass', 'https', 'The URL uses https.');
  if (parts.scheme === 'http') {
    return item(
      'https',
      'fail',
      'https, not http',
      'Resurs no longer sends callbacks over plain http (port 80): use https, in test and in production.',
    );
  }
  if (parts.scheme === null) return item('https', 'fail', 'https', 'The URL has no scheme: start it with https:// .');
  return item('https', 'fail', 'https', `Resurs calls https URLs only, not ${parts.scheme}: .`);
}

function portCheck(parts: UrlParts): { check: UrlCheck; port: number } {
  if (parts.portText === null || parts.portText === '') {
    const port = parts.scheme === 'http' ? 80 : 443;
    const status = port === 443 ? 'pass' : 'fail';
    return {
      port,
      check: item(
        'port',
        status,
        'Port 443',
        port === 443 ? 'No port given: https uses 443.' : 'Plain http uses port 80; Resurs connects to 443 only.',
      ),
    };
  }
  if (!/^[0-9]{1,5}$/.test(parts.portText) || Number(parts.portText) > 65535) {
    return { port: 443, check: item('port', 'fail', 'Port 443', `":${parts.portText}" is not a port number.`) };
  }
  const port = Number(parts.portText);
  return port === 443
    ? { port, check: item('port', 'pass', 'Port 443', 'Port 443.') }
    : {
        port,
        check: item(
          'port',
          'fail',
          'Port 443',
          `Port ${port}: Resurs connects to port 443 only. Serve the callback on 443.`,
        ),
      };
}

function ipRangeCheck(info: HostInfo): UrlCheck {
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

function ipv6Check(info: HostInfo): UrlCheck {
  const title = 'IPv4, not an IPv6 address';
  if (info.kind === 'bad' && info.id === 'ipv6') return item('ipv6', 'fail', title, info.reason);
  if (info.kind !== 'ipv6') return item('ipv6', 'pass', title, 'The host is not an IPv6 address.');
  const mapped = isIPv4Mapped(info.value)
    ? ` [${info.text}] is the IPv4-mapped form of ${formatIPv4(info.value & 0xffffffffn)}: write that address instead.`
    : '';
  return item('ipv6', 'fail', title, `Resurs calls over IPv4 only, so an IPv6 address can't be reached.${mapped}`);
}

function nameChecks(info: HostInfo): UrlCheck[] {
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

const ENCODE_OK = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

function encodingCheck(parts: UrlParts): UrlCheck {
  const title = 'Characters are URL-encoded';
  const withoutPlaceholders = parts.rest.replace(/\{[A-Za-z0-9_]+\}/g, '');
  const bad = new Set<string>();
  for (const ch of withoutPlaceholders) if (!ENCODE_OK.test(ch)) bad.add(ch);
  const badPercent = /%(?![0-9A-Fa-f]{2})/.test(withoutPlaceholders);
  if (bad.size === 0 && !badPercent)
    return item('encoding', 'pass', title, 'Path and query hold only characters allowed in a URL.');
  const shown = [...bad].map((ch) =>
    /\s/.test(ch) || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f
      ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      : `"${ch}"`,
  );
  const list = [...shown, ...(badPercent ? ['"%" without two hex digits'] : [])].join(', ');
  return item(
    'encoding',
    'fail',
    title,
    `Encode these characters before you register the URL: ${list}. For example a space is %20 and "|" is %7C.`,
  );
}

function placeholderCheck(parts: UrlParts, info: HostInfo): UrlCheck {
  const title = 'Placeholders Resurs knows';
  if (info.kind === 'bad' && info.id === 'placeholders') return item('placeholders', 'fail', title, info.reason);
  if (parts.portText?.includes('{'))
    return item('placeholders', 'fail', title, 'The port holds a placeholder: write 443.');
  const found = [...parts.rest.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = found.filter((name) => !callbackUriPlaceholders.includes(name));
  const known = callbackUriPlaceholders.map((p) => `{${p}}`).join(', ');
  if (unknown.length > 0) {
    const hints = unknown.map((name) => {
      const match = callbackUriPlaceholders.find((p) => p.toLowerCase() === name.toLowerCase());
      return match ? `{${name}} (did you mean {${match}}? placeholders are case-sensitive)` : `{${name}}`;
    });
    return item('placeholders', 'warn', title, `Resurs fills only ${known}; it sends ${hints.join(', ')} as typed.`);
  }
  if (!found.includes('paymentId')) {
    return item(
      'placeholders',
      'warn',
      title,
      'The URL has no {paymentId}: Resurs puts the payment id only where the template asks for it, and without it you can’t tell which payment a callback is about.',
    );
  }
  return item('placeholders', 'pass', title, `Placeholders: ${found.map((p) => `{${p}}`).join(', ')}.`);
}

function sampleUrl(parts: UrlParts, host: string, port: number, kind: CommandTarget['kind']): string {
  const authority = `${kind === 'ipv6' ? `[${host}]` : host}${port === 443 ? '' : `:${port}`}`;
  const rest = parts.rest
    .replace(/#.*$/, '')
    .replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
      callbackUriPlaceholders.includes(name) ? (SAMPLE_VALUES[name] ?? 'test') : whole,
    );
  return `https://${authority}${rest === '' ? '/' : rest}`;
}

function manualChecks(parts: UrlParts, info: HostInfo, port: number): UrlCheck[] {
  if (info.kind === 'bad') return [];
  const kind: CommandTarget['kind'] = info.kind;
  const host = info.kind === 'name' ? info.name : info.kind === 'ipv4' ? formatIPv4(info.value) : info.text;
  const target: CommandTarget = { host, kind, port, sampleUrl: sampleUrl(parts, host, port, kind) };
  const isName = info.kind === 'name';
  return [
    isName
      ? item(
          'public-dns',
          'manual',
          'Public DNS knows the name',
          'A browser can’t ask public DNS. Run:',
          publicDnsCommands(target),
        )
      : item('public-dns', 'pass', 'Public DNS knows the name', 'An IP address needs no DNS lookup.'),
    isName
      ? item(
          'ipv4-dns',
          'manual',
          'The host has an IPv4 address',
          'Resurs calls over IPv4 only, so an IPv6-only host fails. Run:',
          ipv4RecordCommands(target),
        )
      : item(
          'ipv4-dns',
          info.kind === 'ipv4' ? 'pass' : 'fail',
          'The host has an IPv4 address',
          info.kind === 'ipv4' ? 'The host is an IPv4 address.' : 'The host is an IPv6 address.',
        ),
    item(
      'certificate',
      'manual',
      'A valid, trusted certificate',
      'Resurs rejects self-signed, expired, revoked and wrong-name certificates and missing chains. Run:',
      certificateCommands(target),
    ),
    item('tls', 'manual', 'TLS 1.2 or newer', 'TLS below 1.2 fails at the handshake. Run:', tlsCommands(target)),
    item(
      'firewall',
      'manual',
      'The firewall lets Resurs in',
      'Allow Resurs’ addresses on port 443 (check your allowlist with this tool). Then run:',
      firewallCommands(target),
    ),
    item(
      'response',
      'manual',
      'The URL answers 2xx',
      'Resurs counts only a status below 300 as delivered. Run:',
      responseCommands(target),
    ),
  ];
}

/** Checks a callback URL or URI template. Never throws; bad input gives the verdict `invalid`. */
export function checkCallbackUrl(input: string): UrlReport {
  const split = splitUrl(input);
  if (!split.ok) return { verdict: 'invalid', headline: split.error, checks: [], host: null };
  const parts = split.value;
  const info = readHost(parts);
  const { check: port, port: portNumber } = portCheck(parts);
  const checks: UrlCheck[] = [
    schemeCheck(parts),
    port,
    ipRangeCheck(info),
    ipv6Check(info),
    ...nameChecks(info),
    parts.userinfo === null
      ? item('credentials', 'pass', 'No password in the URL', 'The URL holds no user name or password.')
      : item(
          'credentials',
          'fail',
          'No password in the URL',
          'The URL holds credentials ("user:password@"). Remove them and use the basicAuthUserName and basicAuthPassword fields of the callback registration instead.',
        ),
    encodingCheck(parts),
    placeholderCheck(parts, info),
    parts.fragment === null
      ? item('fragment', 'pass', 'No #fragment', 'The URL has no "#" part.')
      : item(
          'fragment',
          'warn',
          'No #fragment',
          'The part after "#" is never sent to your server: move it into the query.',
        ),
    ...manualChecks(parts, info, portNumber),
  ];
  const tunnel = checks.find((c) => c.id === 'tunnel');
  if (tunnel?.status === 'pass' && /ngrok/i.test(parts.rest)) {
    Object.assign(
      tunnel,
      item(
        'tunnel',
        'fail',
        tunnel.title,
        'The URL contains "ngrok": Resurs drops traffic whose payload holds an ngrok URL.',
      ),
    );
  }
  const host =
    info.kind === 'name'
      ? info.name
      : info.kind === 'ipv4'
        ? formatIPv4(info.value)
        : info.kind === 'ipv6'
          ? info.text
          : null;
  const fails = checks.filter((c) => c.status === 'fail').length;
  const warns = checks.filter((c) => c.status === 'warn').length;
  if (fails > 0) {
    return {
      verdict: 'unreachable',
      headline: `${fails} ${fails === 1 ? 'problem' : 'problems'} to fix, listed below.`,
      checks,
      host,
    };
  }
  if (warns > 0) {
    return {
      verdict: 'check-manually',
      headline: `No blocking problem, but ${warns} ${warns === 1 ? 'item needs' : 'items need'} a look; the commands below check the rest.`,
      checks,
      host,
    };
  }
  return {
    verdict: 'reachable',
    headline:
      'Nothing a browser can check stops Resurs. Run the commands below to check DNS, certificate, TLS and firewall.',
    checks,
    host,
  };
}
