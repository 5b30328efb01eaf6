import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { listHistory, type SourceList } from '../../src/data/network.ts';
import {
  buildChangeLines,
  changesBetween,
  changesForAllowlist,
  changesSinceVersion,
  olderVersions,
  summarizeChanges,
} from '../../src/lib/allowlist/allowlist-changes.ts';
import { minimalResursSources, targetsOfVersion } from '../../src/lib/allowlist/resurs-ranges.ts';
import { snippetIds } from '../../src/lib/allowlist/snippets.ts';
import { buildVersions, currentVersion, type NetworkVersion, networkVersions } from '../../src/lib/network/history.ts';
import { apacheConf, canUnshare, has, nginxConf, run, runAwsOffline, toolDir } from './fixtures/real-tools.ts';

/*
 * Expected values come from the versions (computed from src/data/network.ts) and the current minimal
 * set the snippets use; no address is typed here except made-up ones from documentation ranges.
 */

const { dir, write } = toolDir('allowlist-changes-');
const current = minimalResursSources.map((t) => t.cidr);
/** What an allowlist made from a version holds: its owned blocks and the sources outside them. */
const madeFrom = (v: NetworkVersion) => targetsOfVersion(v).minimal.map((t) => t.cidr);
const cidrs = (targets: readonly { cidr: string }[]) => targets.map((t) => t.cidr);
const previous = networkVersions[networkVersions.length - 2] as NetworkVersion;

describe('changes since a version', () => {
  test.each(olderVersions.map((v) => [v.date, v] as const))(
    'from %s: add what is new, remove nothing listed still',
    (date, v) => {
      const result = changesSinceVersion(date);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(cidrs(result.value.add)).toEqual(current.filter((c) => !madeFrom(v).includes(c)));
      expect(cidrs(result.value.remove)).toEqual(madeFrom(v).filter((c) => !current.includes(c)));
    },
  );

  test('from the version before the newest: exactly what the newest added (outside the owned blocks)', () => {
    const result = changesSinceVersion(previous.date);
    const expected = currentVersion.added.map((e) => e.cidr).filter((c) => current.includes(c));
    expect(result.ok && cidrs(result.value.add)).toEqual(expected);
    expect(result.ok && result.value.remove).toEqual([]);
  });

  test('from the newest version: nothing to change', () => {
    const result = changesSinceVersion(currentVersion.date);
    expect(result.ok && [result.value.add, result.value.remove]).toEqual([[], []]);
    expect(result.ok && summarizeChanges(result.value)).toMatch(/^Nothing to change/);
  });

  test('going back a version removes what the newest added, as "no longer listed"', () => {
    const back = changesBetween(currentVersion, previous);
    expect(cidrs(back.remove)).toEqual(current.filter((c) => !madeFrom(previous).includes(c)));
    expect(summarizeChanges(back)).toContain('no longer listed');
  });

  test.each([
    // Empty.
    [''],
    // Not a date.
    ['latest'],
    // A date with no version.
    ['1999-01-01'],
    // Trailing space.
    [`${previous.date} `],
    // Markup.
    ['<img src=x onerror=alert(1)>'],
    // Huge.
    ['9'.repeat(100_000)],
    // Half an emoji at the cut: 39 characters then a surrogate pair.
    [`${'x'.repeat(39)}😀😀`],
  ])('refuses %j with a message that names the versions', (input) => {
    const result = changesSinceVersion(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const v of networkVersions) expect(result.error).toContain(v.date);
    expect(result.error.length).toBeLessThan(300);
    // No lone surrogate: the message survives a UTF-8 round trip.
    expect(new TextDecoder().decode(new TextEncoder().encode(result.error))).toBe(result.error);
  });
});

describe('changes for a pasted allowlist', () => {
  test.each(olderVersions.map((v) => [v.date, v] as const))(
    'an allowlist made from %s needs the same lines as choosing that version',
    (date, v) => {
      const pasted = changesForAllowlist(madeFrom(v).join('\n'));
      const chosen = changesSinceVersion(date);
      expect(pasted.ok && cidrs(pasted.value.add)).toEqual(chosen.ok && cidrs(chosen.value.add));
    },
  );

  test('the current list needs nothing', () => {
    const result = changesForAllowlist(current.join('\n'));
    expect(result.ok && [result.value.add, result.value.remove]).toEqual([[], []]);
  });

  test('half an owned block needs the other half', () => {
    const block = minimalResursSources.find((t) => t.kind === 'owned-block');
    const [base] = (block?.cidr ?? '').split('/');
    const octets = (base ?? '').split('.');
    const lower = `${octets.slice(0, 3).join('.')}.0/25`;
    const upper = `${octets.slice(0, 3).join('.')}.128/25`;
    const rest = current.filter((c) => c !== block?.cidr);
    const result = changesForAllowlist([lower, ...rest].join('\n'));
    expect(result.ok && cidrs(result.value.add)).toEqual([upper]);
  });

  test.each([
    // Nothing pasted.
    [''],
    // Only words.
    ['allow all; deny nobody'],
    // Only invalid addresses.
    ['999.1.1.1\n1.2.3.4/33'],
  ])('asks for addresses when %j holds no valid entry', (input) => {
    const result = changesForAllowlist(input);
    expect(result.ok).toBe(false);
  });

  test('an entry an older version listed and the newest does not is to be removed; other entries stay', () => {
    const owned = listHistory.find((l) => l.kind === 'owned-blocks') as SourceList;
    const base = listHistory.find((l) => l.kind === 'callback-sources') as SourceList & { kind: 'callback-sources' };
    const history = buildVersions([
      owned,
      { ...base, date: '2000-01-01', entries: [{ address: '198.51.100.7', label: 'Cloud' }] },
      ...networkVersions.at(-1)!.lists,
    ]);
    const result = changesForAllowlist([...current, '198.51.100.7', '203.0.113.9'].join('\n'), history);
    expect(result.ok && cidrs(result.value.remove)).toEqual(['198.51.100.7/32']);
    expect(result.ok && result.value.add).toEqual([]);
  });
});

describe('change lines', () => {
  const forward = changesBetween(previous);
  const back = changesBetween(currentVersion, previous);

  test.each([
    // [syntax, whether its lines carry the port themselves]
    ['iptables', true],
    ['nftables', false], // the port is in the snippet's rule; the lines only fill its set
    ['ufw', true],
    ['nginx', false], // the location block sits in the server for 443
    ['apache', false], // likewise the <VirtualHost *:443>
    ['aws', true],
  ] as const)('%s: the lines name every address to add (port in the lines: %s)', (syntax, port) => {
    const lines = buildChangeLines(syntax, forward);
    for (const t of forward.add) expect(lines.add).toContain(syntax === 'nftables' ? t.display : t.cidr);
    expect(lines.add.includes('443')).toBe(port);
    expect(lines.remove).toBe('');
    expect(lines.usage).not.toBe('');
  });

  test.each(snippetIds)('%s: the lines to remove name every address no longer listed', (syntax) => {
    const lines = buildChangeLines(syntax, back);
    expect(lines.add).toBe('');
    for (const t of back.remove) expect(lines.remove).toContain(syntax === 'nftables' ? t.display : t.cidr);
  });

  test('nothing to do gives no lines', () => {
    for (const syntax of snippetIds) {
      const lines = buildChangeLines(syntax, { add: [], remove: [] });
      expect([lines.add, lines.remove]).toEqual(['', '']);
    }
  });
});

// The same real-tool checks as the snippets (tests/unit/allowlist-snippets.test.ts).
describe('change lines, checked by the tools themselves', { timeout: 30_000 }, () => {
  const forward = changesBetween(previous);
  const back = changesBetween(currentVersion, previous);
  const old = { add: targetsOfVersion(previous).minimal, remove: [] };

  test.each(['iptables', 'ufw', 'aws'] as const)('%s lines are valid shell (bash -n)', (syntax) => {
    for (const [name, changes] of [
      ['forward', forward],
      ['back', back],
    ] as const) {
      const lines = buildChangeLines(syntax, changes);
      const result = run('bash', ['-n', write(`${syntax}-${name}.sh`, `${lines.add}${lines.remove}`)]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  test.skipIf(!(canUnshare && has('iptables')))('iptables: old rules plus the changes give the current rules', () => {
    const script = `set -e\n${buildChangeLines('iptables', old).add}${buildChangeLines('iptables', forward).add}iptables -S INPUT\n`;
    const output = execFileSync('unshare', ['-n', 'bash', write('ipt.sh', script)], { encoding: 'utf8' });
    const rules = output.split('\n').filter((l) => l.startsWith('-A INPUT'));
    expect(rules.map((l) => l.split(' ')[3]).sort()).toEqual([...current].sort());
    const undo = `set -e\n${buildChangeLines('iptables', { add: minimalResursSources, remove: [] }).add}${buildChangeLines('iptables', back).remove}iptables -S INPUT\n`;
    const after = execFileSync('unshare', ['-n', 'bash', write('ipt-back.sh', undo)], { encoding: 'utf8' });
    for (const t of back.remove) expect(after).not.toContain(t.cidr);
  });

  test.skipIf(!(canUnshare && has('nft')))("nftables: the changes load into the snippet's set and change it", () => {
    const base = write(
      'base.nft',
      'table inet filter {\n  set resurs_sources {\n    type ipv4_addr\n    flags interval\n  }\n}\n',
    );
    const files = [buildChangeLines('nftables', old).add, buildChangeLines('nftables', forward).add].map((text, i) =>
      write(`step-${i}.nft`, text),
    );
    const output = execFileSync(
      'unshare',
      [
        '-n',
        'sh',
        '-c',
        `nft -f ${base} && nft -f ${files[0]} && nft -f ${files[1]} && nft list set inet filter resurs_sources`,
      ],
      { encoding: 'utf8' },
    );
    for (const t of minimalResursSources) expect(output).toContain(t.kind === 'owned-block' ? t.cidr : t.display);
    const remove = write('remove.nft', buildChangeLines('nftables', back).remove);
    const after = execFileSync(
      'unshare',
      [
        '-n',
        'sh',
        '-c',
        `nft -f ${base} && nft -f ${write('all.nft', buildChangeLines('nftables', { add: minimalResursSources, remove: [] }).add)} && nft -f ${remove} && nft list set inet filter resurs_sources`,
      ],
      { encoding: 'utf8' },
    );
    for (const t of back.remove) expect(after).not.toContain(t.display);
  });

  test.skipIf(!has('ufw'))('every ufw line passes ufw --dry-run', () => {
    const lines = [buildChangeLines('ufw', forward).add, buildChangeLines('ufw', back).remove]
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('ufw '));
    expect(lines).toHaveLength(forward.add.length + back.remove.length);
    for (const line of lines) {
      const result = run('sh', ['-c', line.replace(/^ufw /, 'ufw --dry-run ')]);
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
    }
  });

  test.skipIf(!has('nginx'))('nginx accepts the old rules plus the lines to add (nginx -t)', () => {
    const allow = `${buildChangeLines('nginx', old).add}${buildChangeLines('nginx', forward).add}`;
    const conf = write('nginx.conf', nginxConf(dir, `location /resurs/callback/ {\n${allow}deny all;\n}`));
    const result = run('nginx', ['-t', '-c', conf, '-p', dir]);
    expect(result.stderr).toContain('syntax is ok');
    expect(result.status).toBe(0);
  });

  test.skipIf(!has('apache2'))('Apache 2.4 accepts the old rules plus the lines to add (apache2 -t)', () => {
    const require = `${buildChangeLines('apache', old).add}${buildChangeLines('apache', forward).add}`;
    const conf = write('httpd.conf', apacheConf(dir, `<Location "/resurs/callback/">\n${require}</Location>\n`));
    const result = run('apache2', ['-t', '-f', conf]);
    expect(result.stderr.trim()).toBe('Syntax OK');
    expect(result.status).toBe(0);
  });

  test.skipIf(!has('aws'))('the AWS CLI accepts the authorize and revoke parameters', () => {
    for (const changes of [forward, back]) {
      const lines = buildChangeLines('aws', changes);
      const result = runAwsOffline(write, `${lines.add}${lines.remove}`);
      expect(result.stderr).not.toContain('Parameter validation failed');
      expect(result.stderr).not.toContain('Invalid JSON');
      expect(result.stderr).toContain('Could not connect to the endpoint URL');
    }
  });
});
