/*
 * Every combination of options, through real shells: each generated script passes `bash -n` and
 * `dash -n`, and runs for real against stand-ins (tests/unit/fixtures/magento-email/standins.ts)
 * that record their exact argument vectors, with hostile directory, user and service names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildProcedure } from '../../src/lib/magento-email/build-procedure.ts';
import type { RawOptions } from '../../src/lib/magento-email/options.ts';
import type { Call, Sandbox } from './fixtures/magento-email/standins.ts';
import { createSandbox } from './fixtures/magento-email/standins.ts';

const shells = ['bash', 'dash'].filter((s) => existsSync(`/usr/bin/${s}`) || existsSync(`/bin/${s}`));

/** Names that would run commands, expand or split if they reached the shell unquoted. */
const hostileNames = ["'; rm -rf ~ #", '$(id) `id` "$HOME" \\ *? ! ü名'];
const hostileDirParts = ["'; rm -rf ~ #", '$(id) `id` "x" *? ü'];

type DirVariant = 'none' | 'absolute' | 'home';
type Cli = 'bin' | 'php' | 'sudo' | 'docker' | 'warden' | 'ddev';

interface Combo {
  mode: 'async' | 'sync';
  cli: Cli;
  lock: 'none' | 'env' | 'config';
  dir: DirVariant;
  /** The sudo user or compose service ('' where the CLI needs none). */
  name: string;
  limit: string;
}

/** Every combination: mode × CLI × lock × directory × name (sudo, docker) × limit (async). */
function allCombos(): Combo[] {
  const combos: Combo[] = [];
  for (const mode of ['async', 'sync'] as const)
    for (const cli of ['bin', 'php', 'sudo', 'docker', 'warden', 'ddev'] as const)
      for (const lock of ['none', 'env', 'config'] as const)
        for (const dir of ['none', 'absolute', 'home'] as const)
          for (const name of cli === 'sudo' || cli === 'docker' ? hostileNames : [''])
            for (const limit of mode === 'async' ? ['50', '7'] : ['50'])
              combos.push({ mode, cli, lock, dir, name, limit });
  return combos;
}

const combos = allCombos();
const label = (c: Combo) =>
  `${c.mode} ${c.cli} lock=${c.lock} dir=${c.dir}${c.name ? ` name=${JSON.stringify(c.name)}` : ''}${c.mode === 'async' ? ` limit=${c.limit}` : ''}`;

let sandbox: Sandbox;
let paths: Record<DirVariant, { raw: string; real: string }>;

beforeAll(() => {
  sandbox = createSandbox();
  const plain = join(sandbox.root, 'plain-root');
  const absolute = join(sandbox.root, ...hostileDirParts);
  const homeRest = "m 'a' $(id)";
  for (const dir of [plain, absolute, join(sandbox.home, homeRest)]) sandbox.makeMagentoRoot(dir);
  paths = {
    none: { raw: '', real: realpathSync(plain) },
    absolute: { raw: absolute, real: realpathSync(absolute) },
    home: { raw: `~/${homeRest}`, real: realpathSync(join(sandbox.home, homeRest)) },
  };
});

afterAll(() => sandbox?.remove());

function rawOptions(c: Combo): RawOptions {
  return {
    mode: c.mode,
    cli: c.cli,
    dir: paths[c.dir].raw,
    user: c.name,
    service: c.name,
    lock: c.lock,
    limit: c.limit,
  };
}

function scriptFor(c: Combo): string {
  const procedure = buildProcedure(rawOptions(c));
  if (!procedure.ok) throw new Error(`options refused: ${JSON.stringify(procedure.errors)}`);
  return procedure.script;
}

/* The expected calls, written out by hand from the wrappers' documented forms (domain facts §5). */
function magentoCall(c: Combo, cwd: string, args: string[]): Call[] {
  const magento = { program: 'bin/magento', cwd, args };
  switch (c.cli) {
    case 'bin':
      return [magento];
    case 'php':
      return [{ program: 'php', cwd, args: ['bin/magento', ...args] }, magento];
    case 'sudo':
      return [
        { program: 'sudo', cwd, args: ['-u', c.name, 'php', 'bin/magento', ...args] },
        { program: 'php', cwd, args: ['bin/magento', ...args] },
        magento,
      ];
    case 'docker':
      return [{ program: 'docker', cwd, args: ['compose', 'exec', c.name, 'bin/magento', ...args] }];
    case 'warden':
      return [{ program: 'warden', cwd, args: ['env', 'exec', 'php-fpm', 'bin/magento', ...args] }];
    case 'ddev':
      return [{ program: 'ddev', cwd, args: ['magento', ...args] }];
  }
}

function crontabCall(c: Combo, cwd: string): Call[] {
  const crontab = { program: 'crontab', cwd, args: ['-l'] };
  switch (c.cli) {
    case 'bin':
    case 'php':
      return [crontab];
    case 'sudo':
      return [{ program: 'sudo', cwd, args: ['-u', c.name, 'crontab', '-l'] }, crontab];
    case 'docker':
      return [{ program: 'docker', cwd, args: ['compose', 'exec', c.name, 'crontab', '-l'] }];
    case 'warden':
      return [{ program: 'warden', cwd, args: ['env', 'exec', 'php-fpm', 'crontab', '-l'] }];
    case 'ddev':
      return [{ program: 'ddev', cwd, args: ['exec', 'crontab', '-l'] }];
  }
}

function expectedCalls(c: Combo): Call[] {
  const cwd = paths[c.dir].real;
  const lock = c.lock === 'none' ? [] : [`--lock-${c.lock}`];
  const m = (...args: string[]) => magentoCall(c, cwd, args);
  if (c.mode === 'sync') {
    return [
      ...m('cron:run', '--group=default'),
      ...m('config:set', ...lock, 'sales_email/general/async_sending', '0'),
      ...m('cache:clean', 'config'),
      ...m('config:show', 'sales_email/general/async_sending'),
    ];
  }
  return [
    ...m('config:set', ...lock, 'sales_email/general/async_sending', '1'),
    ...m('config:set', ...lock, 'sales_email/general/sending_limit', c.limit),
    ...m('cache:clean', 'config'),
    ...m('config:show', 'sales_email/general/async_sending'),
    ...m('config:show', 'sales_email/general/sending_limit'),
    ...m('cron:install'),
    ...crontabCall(c, cwd),
    ...m('cron:run', '--group=default'),
  ];
}

function writeScript(c: Combo, text: string): string {
  const dir = join(sandbox.root, 'scripts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label(c).replace(/[^a-z0-9]+/gi, '-')}.sh`);
  writeFileSync(file, text);
  return file;
}

function run(shell: string, file: string, extraEnv: Record<string, string> = {}) {
  return spawnSync(shell, [file], { cwd: paths.none.real, env: sandbox.env(extraEnv), encoding: 'utf8' });
}

describe('generated scripts', () => {
  test('cover every combination of options', () => {
    // 2 modes × (4 CLIs + 2 CLIs × 2 names) × 3 locks × 3 directories × (2 limits async, 1 sync).
    expect(combos).toHaveLength(8 * 3 * 3 * 2 + 8 * 3 * 3);
    expect(shells).toContain('bash');
  });

  test.each(combos.map((c) => [label(c), c] as const))('%s passes bash -n and dash -n', (_name, c) => {
    const file = writeScript(c, scriptFor(c));
    for (const shell of shells) {
      const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      expect({ shell, status: check.status, stderr: check.stderr }).toEqual({ shell, status: 0, stderr: '' });
    }
  });

  test.each(combos.map((c) => [label(c), c] as const))('%s runs with the exact argument vectors', (_name, c) => {
    const file = writeScript(c, scriptFor(c));
    for (const shell of shells) {
      sandbox.takeCalls();
      const result = run(shell, file);
      expect({ shell, status: result.status, stderr: result.stderr }).toEqual({ shell, status: 0, stderr: '' });
      // Exact equality: no extra call (no injected rm or id, no undo command), no missing one.
      expect(sandbox.takeCalls()).toEqual(expectedCalls(c));
    }
  });
});

describe('failures while the script runs', () => {
  const asyncSudo: Combo = {
    mode: 'async',
    cli: 'sudo',
    lock: 'none',
    dir: 'absolute',
    name: hostileNames[0]!,
    limit: '50',
  };
  const asyncDocker: Combo = { ...asyncSudo, cli: 'docker' };

  test.each([
    // A locked value makes config:set fail: the script stops there and reports the failure.
    ['config:set', asyncSudo, 3],
    ['config:set', asyncDocker, 1],
  ])('stops at the first failing %s (%#)', (failOn, c, callsBeforeStop) => {
    const file = writeScript(c, scriptFor(c));
    for (const shell of shells) {
      sandbox.takeCalls();
      const result = run(shell, file, { STANDIN_FAIL_ON: failOn });
      expect(result.status).not.toBe(0);
      expect(sandbox.takeCalls()).toEqual(expectedCalls(c).slice(0, callsBeforeStop));
    }
  });

  test.each([
    // cron:install refuses a second install; the procedure goes on.
    ['cron:install', asyncSudo],
    ['cron:install', asyncDocker],
    // crontab -l fails when the user has no crontab; the procedure goes on.
    ['-l', asyncSudo],
    ['-l', asyncDocker],
  ])('carries on when %s fails (%#)', (failOn, c) => {
    const file = writeScript(c, scriptFor(c));
    for (const shell of shells) {
      sandbox.takeCalls();
      const result = run(shell, file, { STANDIN_FAIL_ON: failOn });
      expect(result.status).toBe(0);
      expect(sandbox.takeCalls()).toEqual(expectedCalls(c));
    }
  });

  test('leaves a shell that the script was pasted into running after a failure', () => {
    const c = asyncSudo;
    for (const shell of shells) {
      sandbox.takeCalls();
      const pasted = `${scriptFor(c)}echo "shell still open"\n`;
      const result = spawnSync(shell, ['-c', pasted], {
        cwd: paths.none.real,
        env: sandbox.env({ STANDIN_FAIL_ON: 'config:set' }),
        encoding: 'utf8',
      });
      expect(result.stdout).toContain('shell still open');
      sandbox.takeCalls();
    }
  });
});

describe('single steps copied on their own', () => {
  test.each(combos.filter((c) => c.dir !== 'none' && c.lock === 'env').map((c) => [label(c), c] as const))(
    '%s: each command runs alone with the same argument vector',
    (_name, c) => {
      const procedure = buildProcedure(rawOptions(c));
      if (!procedure.ok) throw new Error('options refused');
      const [cd, ...rest] = procedure.steps;
      // The cd step lands in the directory itself, whatever its name.
      const moved = spawnSync('dash', ['-c', `${cd!.command} && pwd -P`], { env: sandbox.env(), encoding: 'utf8' });
      expect([cd!.id, moved.stdout]).toEqual(['go-to-directory', `${paths[c.dir].real}\n`]);
      const runnable = rest.filter((s) => s.inScript !== 'comment');
      const calls: Call[] = [];
      for (const s of runnable) {
        spawnSync('dash', ['-c', s.command], { cwd: paths[c.dir].real, env: sandbox.env(), encoding: 'utf8' });
        calls.push(...sandbox.takeCalls());
      }
      expect(calls).toEqual(expectedCalls(c));
    },
  );
});
