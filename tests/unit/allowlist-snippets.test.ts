import { execFileSync } from 'node:child_process';
import ipaddr from 'ipaddr.js';
import { describe, expect, test } from 'vitest';
import { buildIpsJson, buildPlainList, ipsJsonSchema, plainListFiles } from '../../src/lib/allowlist/exports.ts';
import { parseAddressEntry } from '../../src/lib/allowlist/parse-address.ts';
import { callbackSourceTargets, minimalResursSources } from '../../src/lib/allowlist/resurs-ranges.ts';
import {
  buildAwsIpPermissions,
  buildSnippet,
  DEFAULT_CALLBACK_PATH,
  sanitizeCallbackPath,
  snippetIds,
} from '../../src/lib/allowlist/snippets.ts';
import { currentCallbackSourceList, currentOwnedBlockList } from '../../src/lib/network/history.ts';
import { apacheConf, canUnshare, has, nginxConf, run, runAwsOffline, toolDir } from './fixtures/real-tools.ts';

// Snippets are checked with the real tools where this machine has them (see fixtures/real-tools.ts).
const { dir, write } = toolDir('allowlist-snippets-');

const cidrs = minimalResursSources.map((s) => s.cidr);
/** The callback sources inside an owned block (192.121.110.100 in 192.121.110.0/24): no rule of their own. */
const sourcesInsideBlocks = callbackSourceTargets.filter((t) => t.insideBlock !== null).map((t) => t.display);
const lastSource = minimalResursSources.at(-1)!.cidr;

describe('snippet content', () => {
  test.each(snippetIds)('%s lists every Resurs source and port 443 only', (id) => {
    const { code } = buildSnippet(id);
    for (const source of minimalResursSources) {
      // nft writes single addresses without /32.
      expect(code).toContain(id === 'nftables' && source.kind === 'callback-source' ? source.display : source.cidr);
    }
    // 192.121.110.100 is inside 192.121.110.0/24: no separate rule.
    expect(sourcesInsideBlocks).not.toHaveLength(0);
    for (const inside of sourcesInsideBlocks) expect(code).not.toContain(inside);
    expect(code).toContain('443');
    expect(code).not.toMatch(/\b80\b/);
    // Every snippet says where its list comes from.
    expect(code).toContain(currentOwnedBlockList.date);
    expect(code).toContain(currentCallbackSourceList.date);
  });

  test.each([
    // [snippet, rule pattern, rules expected: one per entry of the minimal list]
    ['iptables', /^iptables -I INPUT -p tcp -s \S+ --dport 443 -j ACCEPT/gm, minimalResursSources.length],
    ['ufw', /^ufw allow proto tcp from \S+ to any port 443 comment '[^']*'$/gm, minimalResursSources.length],
    ['nginx', /^ {4}allow \S+;/gm, minimalResursSources.length],
    ['apache', /^ {4}Require ip \S+$/gm, minimalResursSources.length],
  ] as const)('%s has one rule per source', (id, pattern, count) => {
    expect(buildSnippet(id).code.match(pattern)).toHaveLength(count);
  });

  test('nginx denies everyone else after the allow rules', () => {
    const escaped = lastSource.replace(/[./]/g, '\\$&');
    expect(buildSnippet('nginx').code).toMatch(new RegExp(`allow ${escaped};[^\\n]*\\n {4}deny all;`));
  });

  test('Apache puts comments on lines of their own (it rejects trailing comments)', () => {
    expect(buildSnippet('apache').code).not.toMatch(/Require ip \S+ +#/);
  });

  test('the AWS permissions are JSON in the shape EC2 expects', () => {
    expect(buildAwsIpPermissions()).toEqual([
      {
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        IpRanges: cidrs.map((c) => ({ CidrIp: c, Description: expect.stringContaining('Resurs Bank') })),
      },
    ]);
    // Descriptions may hold only a-zA-Z0-9. _-:/()#,@[]+=&;{}!$* (EC2 API).
    for (const range of (buildAwsIpPermissions()[0] as { IpRanges: { Description: string }[] }).IpRanges) {
      expect(range.Description).toMatch(/^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]{1,255}$/);
    }
  });

  test('uses the callback path the user gives in nginx and Apache', () => {
    expect(buildSnippet('nginx', { path: '/shop/resurs/' }).code).toContain('location /shop/resurs/ {');
    expect(buildSnippet('apache', { path: '/shop/resurs/' }).code).toContain('<Location "/shop/resurs/">');
  });

  test('falls back to the default path when the given one is unsafe', () => {
    expect(buildSnippet('nginx', { path: '/x; deny all' }).code).toContain(`location ${DEFAULT_CALLBACK_PATH} {`);
  });

  test.each([
    // [input, ok]
    ['', true],
    ['/resurs/callback/', true],
    ['/a-b_c.d~e/', true],
    ['resurs/callback', false],
    ['/a b', false],
    ['/a;b', false],
    ['/a"b', false],
    ['/a{paymentId}', false],
    ['/a?b=1', false],
    ['/a\nb', false],
    [`/${'a'.repeat(200)}`, false],
  ])('sanitizeCallbackPath(%j) ok=%s', (input, okay) => {
    expect(sanitizeCallbackPath(input).ok).toBe(okay);
  });
});

// The tools start slowly on a busy machine (the AWS CLI is a Python program): allow them time.
describe('snippet syntax, checked by the tools themselves', { timeout: 30_000 }, () => {
  test.each(['iptables', 'ufw', 'aws'] as const)('%s is valid shell (bash -n)', (id) => {
    const result = run('bash', ['-n', write(`${id}.sh`, buildSnippet(id).code)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test.skipIf(!(canUnshare && has('iptables')))('iptables rules load in a fresh network namespace', () => {
    const script = write('iptables.sh', `set -e\n${buildSnippet('iptables').code}\niptables -S INPUT\n`);
    const output = execFileSync('unshare', ['-n', 'bash', script], { encoding: 'utf8' });
    for (const cidr of cidrs) expect(output).toContain(`-A INPUT -s ${cidr} -p tcp -m tcp --dport 443 -j ACCEPT`);
  });

  test.skipIf(!has('nft'))('nftables passes nft -c', () => {
    const result = run('nft', ['-c', '-f', write('resurs.nft', buildSnippet('nftables').code)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test.skipIf(!(canUnshare && has('nft')))('nftables merges into a drop-policy ruleset and keeps its policy', () => {
    const existing = write(
      'existing.nft',
      'table inet filter {\n  chain input {\n    type filter hook input priority filter; policy drop;\n    ct state established,related accept\n  }\n}\n',
    );
    const snippet = write('resurs.nft', buildSnippet('nftables').code);
    const output = execFileSync(
      'unshare',
      ['-n', 'sh', '-c', `nft -f ${existing} && nft -f ${snippet} && nft list ruleset`],
      {
        encoding: 'utf8',
      },
    );
    expect(output).toContain('policy drop;');
    expect(output).toMatch(/ip saddr @resurs_sources tcp dport 443 accept comment "Resurs Bank"/);
    // The newest callback source outside the owned blocks is in the loaded set.
    expect(output).toContain(minimalResursSources[minimalResursSources.length - 1]?.display);
  });

  test.skipIf(!has('ufw'))('every ufw rule passes ufw --dry-run', () => {
    const rules = buildSnippet('ufw')
      .code.split('\n')
      .filter((line) => line.startsWith('ufw '));
    expect(rules).toHaveLength(minimalResursSources.length);
    for (const rule of rules) {
      // Same arguments with --dry-run in front: ufw parses them but changes nothing.
      const result = run('sh', ['-c', rule.replace(/^ufw /, 'ufw --dry-run ')]);
      expect(result.status, `${rule}\n${result.stderr}`).toBe(0);
    }
  });

  test.skipIf(!has('nginx'))('nginx accepts the location block inside a server block (nginx -t)', () => {
    const conf = write('nginx.conf', nginxConf(dir, buildSnippet('nginx').code));
    const result = run('nginx', ['-t', '-c', conf, '-p', dir]);
    expect(result.stderr).toContain('syntax is ok');
    expect(result.status).toBe(0);
  });

  test.skipIf(!has('apache2'))('Apache 2.4 accepts the Location block (apache2 -t)', () => {
    const conf = write('httpd.conf', apacheConf(dir, buildSnippet('apache').code));
    const result = run('apache2', ['-t', '-f', conf]);
    expect(result.stderr.trim()).toBe('Syntax OK');
    expect(result.status).toBe(0);
  });

  test.skipIf(!has('aws'))('the AWS CLI accepts the parameters (validation runs before any connection)', () => {
    const result = runAwsOffline(write, buildSnippet('aws').code);
    expect(result.stderr).not.toContain('Parameter validation failed');
    expect(result.stderr).not.toContain('Invalid JSON');
    expect(result.stderr).toContain('Could not connect to the endpoint URL');
  });
});

describe('machine-readable exports', () => {
  const json = buildIpsJson('https://faq.example/tools/allowlist/#ips-json');

  test('ips.json lists every source list with its source and date', () => {
    expect(json.lists.map((l) => [l.id, l.date, l.entries.length])).toEqual(
      [currentOwnedBlockList, currentCallbackSourceList].map((l) => [l.id, l.date, l.entries.length]),
    );
    expect(json.ipv4).toEqual(cidrs);
    expect(json.ipv6).toEqual([]);
    expect(json.port).toBe(443);
    expect(json.updated).toBe([currentOwnedBlockList.date, currentCallbackSourceList.date].sort().at(-1));
  });

  test('ips.json documents every top-level field in its schema and points to the docs', () => {
    const documented = Object.keys(ipsJsonSchema).filter((k) => !k.includes('['));
    const fields = Object.keys(json).filter((k) => k !== '$comment' && k !== 'schema');
    expect(documented.sort()).toEqual(fields.sort());
    expect(json.$comment).toContain('https://faq.example/tools/allowlist/#ips-json');
  });

  test('ips.json marks the callback source inside an owned block', () => {
    const sources = json.lists[1]?.entries ?? [];
    expect(sources).toHaveLength(currentCallbackSourceList.entries.length);
    // Containment decided independently, with ipaddr.js (192.121.110.100 lies in 192.121.110.0/24).
    const blocks = currentOwnedBlockList.entries.map((b) => b.cidr);
    for (const source of sources) {
      const address = ipaddr.IPv4.parse(source.cidr.replace(/\/32$/, ''));
      const inside = blocks.find((b) => address.match(ipaddr.IPv4.parseCIDR(b))) ?? null;
      expect(source.insideOwnedBlock, source.cidr).toBe(inside);
    }
    expect(sources.some((e) => e.insideOwnedBlock !== null)).toBe(true);
  });

  test.each(Object.keys(plainListFiles) as (keyof typeof plainListFiles)[])(
    '%s holds one valid CIDR per line and nothing else',
    (file) => {
      const text = buildPlainList(file);
      expect(text.endsWith('\n')).toBe(true);
      const lines = text.slice(0, -1).split('\n');
      for (const line of lines) {
        const parsed = parseAddressEntry(line);
        expect(parsed.ok && parsed.value.kind === 'cidr' && parsed.value.canonical === line).toBe(true);
      }
    },
  );

  test('ips-v4.txt is the merged list of ips.json', () => {
    expect(buildPlainList('ips-v4.txt')).toBe(`${json.ipv4.join('\n')}\n`);
  });
});
