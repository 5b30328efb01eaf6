/**
 * Mode 3, "Can Resurs reach my callback URL?": a checklist for a URL or URI template. Each item
 * passes, fails, warns, or (for what a browser cannot see) lists the commands that check it.
 * Sources: FAQ "My environment", "Local networks / Hosts", "Are you using ngrok?", "Do we support
 * IPv6?", "Where and what about SSL"; Resurs docs on callbacks and callback registration.
 */

import { countOf } from '../shared/count.ts';
import { formatIPv4 } from '../shared/ip-range.ts';
import { isKnownPlaceholder, replacePlaceholders } from '../shared/placeholders.ts';
import {
  type CommandTarget,
  certificateCommands,
  firewallCommands,
  ipv4RecordCommands,
  publicDnsCommands,
  responseCommands,
  tlsCommands,
} from './manual-commands.ts';
import { encodingCheck, item, placeholderCheck, portCheck, schemeCheck, type UrlCheck } from './url-checks.ts';
import { type HostInfo, ipRangeCheck, ipv6Check, nameChecks, readHost } from './url-host-checks.ts';
import { splitUrl, type UrlParts } from './url-parts.ts';

export type { CheckId, CheckStatus, UrlCheck } from './url-checks.ts';

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

function sampleUrl(parts: UrlParts, host: string, port: number, kind: CommandTarget['kind']): string {
  const authority = `${kind === 'ipv6' ? `[${host}]` : host}${port === 443 ? '' : `:${port}`}`;
  const rest = replacePlaceholders(parts.rest.replace(/#.*$/, ''), (name) =>
    isKnownPlaceholder(name) ? (SAMPLE_VALUES[name] ?? 'test') : `{${name}}`,
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
    placeholderCheck(parts, info.kind === 'bad' && info.id === 'placeholders'),
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
      headline: `${countOf(fails, 'problem')} to fix, listed below.`,
      checks,
      host,
    };
  }
  if (warns > 0) {
    return {
      verdict: 'check-manually',
      headline: `No blocking problem, but ${countOf(warns, 'item needs', 'items need')} a look; the commands below check the rest.`,
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
