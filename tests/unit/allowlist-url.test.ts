import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CheckId, type CheckStatus, checkCallbackUrl } from '../../src/lib/allowlist/check-callback-url.ts';
import { classifyHostName, normalizeHostName } from '../../src/lib/allowlist/host-names.ts';
import { shellCommand, shellQuote } from '../../src/lib/shared/shell.ts';

const statusOf = (url: string, id: CheckId) => checkCallbackUrl(url).checks.find((c) => c.id === id)?.status;

describe('checkCallbackUrl: one rule per row', () => {
  test.each([
    // [url, check id, data-status]
    // https, not http; no scheme at all; another scheme.
    ['https://shop.example.se/cb?paymentId={paymentId}', 'https', 'pass'],
    ['http://shop.example.se/cb?paymentId={paymentId}', 'https', 'fail'],
    ['shop.example.se/cb?paymentId={paymentId}', 'https', 'fail'],
    ['ftp://shop.example.se/cb', 'https', 'fail'],
    // Port 443 only: implicit, explicit, other, http's implicit 80, garbage.
    ['https://shop.example.se/cb', 'port', 'pass'],
    ['https://shop.example.se:443/cb', 'port', 'pass'],
    ['https://shop.example.se:8443/cb', 'port', 'fail'],
    ['http://shop.example.se/cb', 'port', 'fail'],
    ['https://shop.example.se:44x/cb', 'port', 'fail'],
    // Non-public IPv4 literals, at the edges of their blocks.
    ['https://10.0.0.1/cb', 'ip-range', 'fail'],
    ['https://172.16.0.1/cb', 'ip-range', 'fail'],
    ['https://172.31.255.254/cb', 'ip-range', 'fail'],
    ['https://192.168.1.10/cb', 'ip-range', 'fail'],
    ['https://127.0.0.1/cb', 'ip-range', 'fail'],
    ['https://169.254.169.254/cb', 'ip-range', 'fail'],
    ['https://100.64.0.1/cb', 'ip-range', 'fail'],
    ['https://100.127.255.255/cb', 'ip-range', 'fail'],
    ['https://192.0.2.10/cb', 'ip-range', 'fail'],
    ['https://203.0.113.10/cb', 'ip-range', 'fail'],
    ['https://198.19.0.1/cb', 'ip-range', 'fail'],
    ['https://0.0.0.0/cb', 'ip-range', 'fail'],
    ['https://240.0.0.1/cb', 'ip-range', 'fail'],
    // Just outside private blocks: public, so only a certificate warning.
    ['https://172.32.0.1/cb', 'ip-range', 'warn'],
    ['https://100.128.0.1/cb', 'ip-range', 'warn'],
    ['https://11.0.0.1/cb', 'ip-range', 'warn'],
    // Forms a browser reinterprets: flagged, not silently normalised.
    ['https://0x7f.1/cb', 'ip-range', 'fail'],
    ['https://010.0.0.1/cb', 'ip-range', 'fail'],
    ['https://2130706433/cb', 'ip-range', 'fail'],
    // A name is not an IP literal.
    ['https://shop.example.se/cb', 'ip-range', 'pass'],
    // IPv6 literals: Resurs calls over IPv4 only; mapped and zone-id forms too.
    ['https://[2a00:1450:4001::1]/cb', 'ipv6', 'fail'],
    ['https://[::ffff:192.121.110.5]/cb', 'ipv6', 'fail'],
    ['https://[fe80::1%25eth0]/cb', 'ipv6', 'fail'],
    ['https://[::1]/cb', 'ip-range', 'fail'],
    ['https://shop.example.se/cb', 'ipv6', 'pass'],
    // Local-only names.
    ['https://localhost/cb', 'local-name', 'fail'],
    ['https://my-dev.localhost/cb', 'local-name', 'fail'],
    ['https://shop.local/cb', 'local-name', 'fail'],
    ['https://shop.internal/cb', 'local-name', 'fail'],
    ['https://nas.lan/cb', 'local-name', 'fail'],
    ['https://router.home.arpa/cb', 'local-name', 'fail'],
    ['https://shop.test/cb', 'local-name', 'fail'],
    ['https://shop.example/cb', 'local-name', 'fail'],
    ['https://shop.invalid/cb', 'local-name', 'fail'],
    ['https://LOCALHOST./cb', 'local-name', 'fail'],
    // Single-label names and RFC 2606 example domains.
    ['https://webshop/cb', 'local-name', 'fail'],
    ['https://www.example.com/cb', 'local-name', 'fail'],
    // Public names pass, including .dev (a public TLD) and an IDN.
    ['https://my-site.dev/cb', 'local-name', 'pass'],
    ['https://bütik.se/cb', 'local-name', 'pass'],
    // Invalid names.
    ['https://-bad-.se/cb', 'local-name', 'fail'],
    ['https://a..b.se/cb', 'local-name', 'fail'],
    // Tunnels: ngrok by name, LocalTunnel, others; "ngrok" in the payload.
    ['https://abc.ngrok-free.app/cb', 'tunnel', 'fail'],
    ['https://abc.ngrok.io/cb', 'tunnel', 'fail'],
    ['https://quiet-cat.loca.lt/cb', 'tunnel', 'fail'],
    ['https://x.trycloudflare.com/cb', 'tunnel', 'fail'],
    ['https://shop.example.se/cb?next=https://abc.ngrok.app/', 'tunnel', 'fail'],
    ['https://shop.example.se/cb', 'tunnel', 'pass'],
    // localhost.run is a tunnel, not the localhost zone.
    ['https://x.localhost.run/cb', 'tunnel', 'fail'],
    // Credentials belong in the Basic Auth fields.
    ['https://user:secret@shop.example.se/cb', 'credentials', 'fail'],
    ['https://user@shop.example.se/cb', 'credentials', 'fail'],
    ['https://shop.example.se/cb?paymentId={paymentId}', 'credentials', 'pass'],
    // Characters that must be URL-encoded.
    ['https://shop.example.se/my callback', 'encoding', 'fail'],
    ['https://shop.example.se/cb?a=1|2', 'encoding', 'fail'],
    ['https://shop.example.se/cb?a=<b>', 'encoding', 'fail'],
    ['https://shop.example.se/cb?a=100%', 'encoding', 'fail'],
    ['https://shop.example.se/kö', 'encoding', 'fail'],
    ['https://shop.example.se/cb?a=1%7C2&id={paymentId}', 'encoding', 'pass'],
    // Placeholders: known, wrong case, unknown, missing, in the host.
    ['https://shop.example.se/cb?id={paymentId}&d={digest}&r={result}&p={param5}', 'placeholders', 'pass'],
    ['https://shop.example.se/cb?id={paymentid}', 'placeholders', 'warn'],
    ['https://shop.example.se/cb?id={orderId}', 'placeholders', 'warn'],
    ['https://shop.example.se/cb', 'placeholders', 'warn'],
    ['https://{shop}.example.se/cb', 'placeholders', 'fail'],
    // A fragment never reaches the server.
    ['https://shop.example.se/cb#paymentId={paymentId}', 'fragment', 'warn'],
    // What a browser can't check is left to commands.
    ['https://shop.example.se/cb', 'public-dns', 'manual'],
    ['https://shop.example.se/cb', 'ipv4-dns', 'manual'],
    ['https://shop.example.se/cb', 'certificate', 'manual'],
    ['https://shop.example.se/cb', 'tls', 'manual'],
    ['https://shop.example.se/cb', 'firewall', 'manual'],
    ['https://shop.example.se/cb', 'response', 'manual'],
    // An IPv4 literal needs no DNS.
    ['https://11.0.0.1/cb', 'public-dns', 'pass'],
  ] as const)('%s: %s is %s', (url, id, status: CheckStatus) => {
    expect(statusOf(url, id)).toBe(status);
  });
});

describe('checkCallbackUrl: the URL as a whole', () => {
  test.each([
    // [url, data-verdict]
    // A clean template: nothing a browser can check stops Resurs.
    ['https://shop.example.se/resurs/callback?paymentId={paymentId}&digest={digest}', 'reachable'],
    // One warning is something to check by hand.
    ['https://shop.example.se/resurs/callback', 'check-manually'],
    // Any failure makes it unreachable.
    ['http://my-dev.localhost:8080/callback?paymentId={paymentId}', 'unreachable'],
    ['https://172.20.0.5/callback?paymentId={paymentId}', 'unreachable'],
    // Empty, huge, several lines, unbalanced brackets, IPv6 without brackets.
    ['', 'invalid'],
    ['   ', 'invalid'],
    [`https://shop.example.se/${'a'.repeat(5000)}`, 'invalid'],
    ['https://a.se/x\nhttps://b.se/y', 'invalid'],
    ['https://[2001:db8::1/cb', 'invalid'],
    ['https://2001:db8::1/cb', 'invalid'],
    ['https:///cb', 'invalid'],
  ] as const)('%s → %s', (url, verdict) => {
    expect(checkCallbackUrl(url).verdict).toBe(verdict);
  });

  test('says which part of 172.16.0.0/12 the FAQ misses', () => {
    const check = checkCallbackUrl('https://172.20.0.5/cb').checks.find((c) => c.id === 'ip-range');
    expect(check?.detail).toContain('172.16.0.0/12');
    expect(check?.detail).toContain('The FAQ writes 172.16.0.0/16');
  });

  test('gives the browser reading of an ambiguous host', () => {
    const check = checkCallbackUrl('https://0x7f.1/cb').checks.find((c) => c.id === 'ip-range');
    expect(check?.detail).toContain('127.0.0.1');
  });

  test('suggests the right case for a misspelt placeholder', () => {
    const check = checkCallbackUrl('https://shop.example.se/cb?id={paymentid}').checks.find(
      (c) => c.id === 'placeholders',
    );
    expect(check?.detail).toContain('did you mean {paymentId}?');
  });

  test('fills the commands in with the host, SNI and sample values', () => {
    const checks = checkCallbackUrl('https://shop.example.se/cb?id={paymentId}').checks;
    const commands = checks.flatMap((c) => c.commands.map((m) => m.command));
    expect(commands).toEqual([
      'dig +short A shop.example.se @1.1.1.1',
      'dig +short A shop.example.se',
      'dig +short AAAA shop.example.se',
      'openssl s_client -connect shop.example.se:443 -servername shop.example.se -verify_return_error </dev/null',
      'openssl s_client -connect shop.example.se:443 -servername shop.example.se -tls1_2 </dev/null',
      'nc -vz -w 5 shop.example.se 443',
      "curl -v -g --connect-timeout 5 -o /dev/null 'https://shop.example.se/cb?id=test-payment-1'",
    ]);
  });

  test('uses the punycode form of an international host name in commands', () => {
    const report = checkCallbackUrl('https://bütik.se/cb');
    expect(report.host).toBe('xn--btik-0ra.se');
  });

  test('leaves out -servername for an IP address', () => {
    const tls = checkCallbackUrl('https://11.0.0.1/cb').checks.find((c) => c.id === 'tls');
    expect(tls?.commands[0]?.command).toBe('openssl s_client -connect 11.0.0.1:443 -tls1_2 </dev/null');
  });

  test('quotes a hostile path safely in the curl command', () => {
    const response = checkCallbackUrl("https://shop.example.se/cb?x=';rm -rf /;'").checks.find(
      (c) => c.id === 'response',
    );
    expect(response?.commands[0]?.command).toBe(
      "curl -v -g --connect-timeout 5 -o /dev/null 'https://shop.example.se/cb?x='\\'';rm -rf /;'\\'''",
    );
  });

  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const report = checkCallbackUrl(text);
        expect(['reachable', 'unreachable', 'check-manually', 'invalid']).toContain(report.verdict);
      }),
      { numRuns: 500 },
    );
  });
});

describe('host names', () => {
  test.each([
    // [name, class]
    ['shop.example.se', 'public'],
    ['localhost', 'local-suffix'],
    ['a.b.home.arpa', 'local-suffix'],
    // "home.arpa.se" is a public name that merely contains the suffix.
    ['home.arpa.se', 'public'],
    ['intranet', 'local-suffix'],
    ['webshop', 'single-label'],
    ['example.org', 'example-domain'],
    ['x.ngrok.dev', 'tunnel'],
    // A name that only ends like a tunnel domain is not one.
    ['notngrok.io', 'public'],
  ] as const)('%s is %s', (name, kind) => {
    expect(classifyHostName(name).kind).toBe(kind);
  });

  test.each([
    // [host, ok]
    ['Shop.Example.SE.', true],
    ['a'.repeat(63) + '.se', true],
    ['a'.repeat(64) + '.se', false],
    [`${'a.'.repeat(127)}se`, false],
    ['under_score.se', false],
  ])('normalizeHostName(%s) ok=%s', (host, okay) => {
    expect(normalizeHostName(host).ok).toBe(okay);
  });
});

describe('shellQuote', () => {
  test.each([
    // [argument, quoted]
    // Safe strings stay bare.
    ['shop.example.se', 'shop.example.se'],
    ['shop.example.se:443', 'shop.example.se:443'],
    // Anything else is single-quoted; quotes inside are closed and escaped.
    ['', "''"],
    ['[::1]:443', "'[::1]:443'"],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$(reboot)', "'$(reboot)'"],
    ['`id`', "'`id`'"],
  ])('%j → %s', (arg, quoted) => {
    expect(shellQuote(arg)).toBe(quoted);
  });

  test('joins a command', () => {
    expect(shellCommand('dig', '+short', 'A', 'x y')).toBe("dig +short A 'x y'");
  });

  test('round-trips any string through a real shell unchanged', () => {
    const strings = fc.sample(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 40 }), { numRuns: 60, seed: 42 });
    const hostile = ["'; rm -rf / #", '$(id)', '`id`', 'a\nb', '"\\"', '!!', '*', '~root', ...strings].filter(
      (s) => !s.includes('\u0000'),
    );
    const script = hostile.map((s) => `printf '%s\\0' ${shellQuote(s)}`).join('\n');
    const output = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(output.split('\u0000').slice(0, -1)).toEqual(hostile);
  });
});
