/**
 * The commands that check what a browser cannot: public DNS, an IPv4 address for the host, the
 * certificate, TLS 1.2, the firewall and the response. Every user-supplied part is shell-quoted.
 */
import { shellCommand, shellQuote } from '../shared/shell.ts';

/** A command with a line saying what to look for in its output. */
export interface ManualCommand {
  command: string;
  expect: string;
}

/** Where the commands connect. */
export interface CommandTarget {
  /** ASCII host name, IPv4 literal, or IPv6 literal without brackets. */
  host: string;
  kind: 'name' | 'ipv4' | 'ipv6';
  port: number;
  /** The callback URL with sample values in its placeholders. */
  sampleUrl: string;
}

/** A public resolver, so that names found only in local DNS or /etc/hosts show up as missing. */
export const PUBLIC_RESOLVER = '@1.1.1.1';

const connectTarget = (t: CommandTarget) => (t.kind === 'ipv6' ? `[${t.host}]:${t.port}` : `${t.host}:${t.port}`);

function openssl(target: CommandTarget, extra: string[]): string {
  const sni = target.kind === 'name' ? ['-servername', target.host] : [];
  return `${shellCommand('openssl', 's_client', '-connect', connectTarget(target), ...sni, ...extra)} </dev/null`;
}

/** `dig` against a public resolver: the name must resolve outside your network. Never throws. */
export function publicDnsCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: shellCommand('dig', '+short', 'A', target.host, PUBLIC_RESOLVER),
      expect: 'prints at least one IPv4 address. Nothing printed means public DNS does not know the name.',
    },
  ];
}

/** `dig` for A and AAAA records: an IPv6-only host can't be reached. Never throws. */
export function ipv4RecordCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: shellCommand('dig', '+short', 'A', target.host),
      expect: 'must print an IPv4 address. If only the AAAA lookup below prints something, the host is IPv6-only.',
    },
    {
      command: shellCommand('dig', '+short', 'AAAA', target.host),
      expect: 'IPv6 addresses are fine in addition to IPv4.',
    },
  ];
}

/** `openssl s_client` with verification: the certificate must be valid and trusted. Never throws. */
export function certificateCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: openssl(target, ['-verify_return_error']),
      expect:
        'ends with "Verify return code: 0 (ok)". Self-signed, expired, revoked, wrong-name and incomplete-chain certificates fail here and at Resurs.',
    },
  ];
}

/** `openssl s_client -tls1_2`: the server must accept TLS 1.2 (or newer, checked separately). Never throws. */
export function tlsCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: openssl(target, ['-tls1_2']),
      expect: 'completes the handshake and shows "Protocol  : TLSv1.2". Resurs refuses anything older than TLS 1.2.',
    },
  ];
}

/** `nc` to the port: something must answer from outside your network. Never throws. */
export function firewallCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: shellCommand('nc', '-vz', '-w', '5', target.host, String(target.port)),
      expect:
        'run from a machine outside your network: reports the port open within 5 seconds (Resurs gives up connecting after 5 s). It cannot prove that Resurs’ own addresses are allowed: compare your rules with the list in this tool.',
    },
  ];
}

/** `curl -v` to the URL: the answer must be a 2xx status, not a redirect. Never throws. */
export function responseCommands(target: CommandTarget): ManualCommand[] {
  return [
    {
      command: `curl -v -g --connect-timeout 5 -o /dev/null ${shellQuote(target.sampleUrl)}`,
      expect:
        'shows "< HTTP/1.1 200" or another 2xx status. Resurs treats any status from 300 up as a failure and retries; it does not follow redirects (301, 302, 303).',
    },
  ];
}
