/*
 * The replay commands through a real bash: each command runs with `curl` replaced by a shell
 * function that prints its argument vector, so quoting is checked word by word, hostile values too.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { flowNodes, scenarios } from '../../src/data/callback-flow.ts';
import { replayBodies } from '../../src/data/callback-replay.ts';
import { callbackTimeoutSeconds } from '../../src/data/retry-schedule.ts';
import { computeDigest } from '../../src/lib/callbacks/digest.ts';
import { buildDigestView, defaultDigestFields } from '../../src/lib/callbacks/digest-calculator.ts';
import {
  buildReplayCommands,
  buildReplayScript,
  type ReplaySettings,
  replaySettingsFromCalculator,
} from '../../src/lib/callbacks/replay.ts';

const events = flowNodes.filter((n) => n.kind === 'callback');
const settings = (patch: Partial<ReplaySettings> = {}): ReplaySettings => ({
  template: 'http://127.0.0.1:8080/cb?paymentId={paymentId}&result={result}&p1={param1}&digest={digest}',
  values: { paymentId: 'pay-1', result: 'FROZEN', param1: 'Alfa' },
  algorithm: 'MD5',
  digestParams: ['paymentId'],
  salt: 'Sält-42',
  user: '',
  password: '',
  ...patch,
});
const build = (patch: Partial<ReplaySettings> = {}) => {
  const result = buildReplayCommands(events, settings(patch));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

/** The words bash passes to curl when it runs the command. */
function argv(command: string): string[] {
  const run = spawnSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }\n${command}`], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.split('\0').slice(0, -1);
}
const option = (words: string[], name: string) => {
  const i = words.indexOf(name);
  return i === -1 ? null : words[i + 1];
};

describe('buildReplayCommands', () => {
  test('gives one command per callback event of the flow', () => {
    expect(build().commands.map((c) => c.event)).toEqual(events.map((e) => e.id));
  });

  test.each(events.map((e) => [e.id, e] as const))('sends %s as the data says, through bash', (id, event) => {
    const set = build();
    const command = set.commands.find((c) => c.event === id)!;
    const words = argv(command.command);
    const body = replayBodies[id];
    expect(option(words, '--request')).toBe(body ? 'POST' : 'GET');
    expect(option(words, '--max-time')).toBe(String(callbackTimeoutSeconds));
    expect(option(words, '--data-raw')).toBe(body?.json ?? null);
    expect(option(words, '--header')).toBe(body ? `Content-Type: ${body.contentType}` : null);
    expect(option(words, '--user')).toBeNull();
    const url = new URL(words.at(-1)!);
    const carried = new Set(event.callback!.params.map((p) => p.name));
    const paymentId = carried.has('paymentId') ? 'pay-1' : '';
    expect(url.searchParams.get('paymentId')).toBe(paymentId);
    expect(url.searchParams.get('result')).toBe(carried.has('result') ? 'FROZEN' : '');
    expect(url.searchParams.get('p1')).toBe(carried.has('param1') ? 'Alfa' : '');
    expect(url.searchParams.get('digest')).toBe(computeDigest(`${paymentId}Sält-42`, 'MD5'));
    expect(command.command).not.toContain('Sält');
  });

  test('every documented POST body is JSON', () => {
    for (const body of Object.values(replayBodies)) expect(() => JSON.parse(body!.json)).not.toThrow();
  });

  test.each([
    // [case, user, password]
    ['plain Basic Auth', 'shop', 'secret'],
    ['hostile Basic Auth', "o'brien $(id)", "p'w `id` $HOME \\ *? !ü名"],
  ])('adds %s as one single-quoted word', (_c, user, password) => {
    const words = argv(build({ user, password }).commands[0]!.command);
    expect(option(words, '--user')).toBe(`${user}:${password}`);
  });

  test.each([
    // [case, value]
    ['quotes and substitutions', "'; rm -rf ~ # $(id) `id`"],
    ['spaces, stars and unicode', ' a * b ü名 😀 '],
    ['half an emoji', 'x\ud83d'],
  ])('keeps a value with %s literal (percent-encoded in the URL)', (_c, value) => {
    const set = build({ values: { paymentId: value } });
    const booked = set.commands.find((c) => c.event === 'BOOKED')!;
    const url = argv(booked.command).at(-1)!;
    expect(url).toBe(booked.url);
    expect(url).not.toMatch(/[\s`$]/);
  });

  test('computes the SHA1 digest over several parameters, in the configured order', () => {
    const set = build({ algorithm: 'SHA1', digestParams: ['paymentId', 'result'] });
    const afc = set.commands.find((c) => c.event === 'AUTOMATIC_FRAUD_CONTROL')!;
    expect(afc.digest).toBe(computeDigest('pay-1FROZENSält-42', 'SHA1'));
  });

  test('notes an http or local address, and unconfirmed bodies', () => {
    const set = build();
    expect(set.notes.join(' ')).toMatch(/https/);
    expect(set.commands.find((c) => c.event === 'BOOKED')!.notes.join(' ')).toMatch(/UNCONFIRMED/);
    expect(set.commands.find((c) => c.event === 'UPDATE')!.notes.join(' ')).toMatch(/UNCONFIRMED/);
    expect(
      build({ template: 'https://shop.example.com/cb?paymentId={paymentId}&digest={digest}' }).notes.join(' '),
    ).not.toMatch(/own machine/);
  });

  test('sends no digest when the template has none', () => {
    const set = build({ template: 'https://shop.example.com/cb?paymentId={paymentId}' });
    expect(set.commands.every((c) => c.digest === null && !c.url.includes('digest'))).toBe(true);
  });

  test.each([
    // [case, patch, the setting with the message]
    ['an empty template', { template: '' }, 'template'],
    ['a file: URL', { template: 'file:///etc/passwd?{digest}' }, 'template'],
    ['a javascript: URL', { template: 'javascript:alert(1)//{digest}' }, 'template'],
    ['a line break in the template', { template: 'http://127.0.0.1/\n?d={digest}' }, 'template'],
    ['an unknown placeholder', { template: 'http://127.0.0.1/?d={salt}' }, 'template'],
    ['a huge template', { template: `http://127.0.0.1/?${'a'.repeat(100_000)}` }, 'template'],
    ['a colon in the user name', { user: 'a:b' }, 'user'],
    ['a password without a user', { password: 'pw' }, 'user'],
    ['a line break in the password', { user: 'u', password: 'a\nb' }, 'password'],
  ] as const)('rejects %s with a message', (_c, patch, field) => {
    const result = buildReplayCommands(events, settings(patch));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[field]).toMatch(/\w/);
  });
});

describe('buildReplayScript', () => {
  test.each(scenarios.map((s) => [s.id, s] as const))(
    'replays the callbacks of %s in the scenario’s order',
    (_id, scenario) => {
      const set = build({ user: 'shop', password: 'pw' });
      const script = buildReplayScript(scenario, set.commands);
      const expected = scenario.steps.map((s) => s.node).filter((n) => events.some((e) => e.id === n));
      const run = spawnSync('bash', ['-c', `curl() { printf '%s\\n' "\${*: -1}"; }\n${script}`], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const announced = run.stdout
        .split('\n')
        .filter((l) => l.startsWith('--- '))
        .map((l) => l.slice(4));
      expect(announced).toEqual(expected);
      expect(script).not.toContain('Sält');
    },
  );
});

describe('replaySettingsFromCalculator', () => {
  test('takes the calculator’s template, values, algorithm and digest parameters', () => {
    const view = buildDigestView(defaultDigestFields, 'salt', events);
    const s = replaySettingsFromCalculator(defaultDigestFields, view, 'salt', { user: '', password: '' });
    expect(s.template).toBe(defaultDigestFields.template);
    expect(s.values.paymentId).toBe(defaultDigestFields.paymentId);
    expect(s.digestParams).toEqual(view.digestParams);
    const unfreeze = buildReplayCommands(events, s);
    expect(unfreeze.ok && unfreeze.value.commands.find((c) => c.event === 'UNFREEZE')!.digest).toBe(view.digest);
  });
});

describe('buildReplayCommands on random input', () => {
  // Any user name (without ':' or control characters), password and value reaches curl unchanged.
  test('passes random Basic Auth and values through bash word for word', () => {
    const printable = fc
      .string({ unit: 'grapheme', maxLength: 20 })
      .filter((t) => ![...t].some((c) => c < ' ' || c === '\u007f'));
    fc.assert(
      fc.property(
        printable.filter((u) => u !== '' && !u.includes(':')),
        printable,
        printable,
        (user, password, paymentId) => {
          const set = build({ user, password, values: { paymentId } });
          const booked = set.commands.find((c) => c.event === 'BOOKED')!;
          const words = argv(booked.command);
          expect(option(words, '--user')).toBe(`${user}:${password}`);
          expect(new URL(words.at(-1)!).searchParams.get('paymentId')).toBe(paymentId);
        },
      ),
      { numRuns: 40 },
    );
  });
});
