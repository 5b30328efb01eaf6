import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildProcedure } from '../../src/lib/magento-email/build-procedure.ts';
import { findForbiddenCharacter } from '../../src/lib/magento-email/forbidden-characters.ts';
import type { RawOptions } from '../../src/lib/magento-email/options.ts';
import { defaultRawOptions, visibleFields } from '../../src/lib/magento-email/options.ts';
import { parseOptions } from '../../src/lib/magento-email/parse-options.ts';
import {
  validateDirectory,
  validateLimit,
  validateService,
  validateUser,
} from '../../src/lib/magento-email/validate-fields.ts';
import { quoteShellWord, renderWord } from '../../src/lib/shared/shell.ts';
import { wellFormed } from '../../src/lib/site/text.ts';
import { readParams, writeParams } from '../../src/lib/site/tool-state.ts';

const raw = (patch: Partial<RawOptions>): RawOptions => ({ ...defaultRawOptions, ...patch });

/** Every combination of the choices, with valid text fields. */
const combos: RawOptions[] = [];
for (const mode of ['async', 'sync'])
  for (const cli of ['bin', 'php', 'sudo', 'docker', 'warden', 'ddev'])
    for (const lock of ['none', 'env', 'config'])
      for (const dir of ['', '/var/www/magento', '~/shop'])
        combos.push(raw({ mode, cli, lock, dir, user: 'www-data', service: 'php-fpm', limit: '25' }));

describe('findForbiddenCharacter', () => {
  test.each([
    // Plain text, spaces, quotes and shell syntax are allowed: quoting makes them harmless.
    ["/var/www/it's $(id) `x` ü名", null],
    // A line feed would end the command.
    ['a\nb', 'a line break at character 2'],
    // A carriage return, too.
    ['ab\r', 'a line break at character 3'],
    // Unicode's line separator.
    ['a\u2028', 'a line break at character 2'],
    // A tab.
    ['\tx', 'a tab at character 1'],
    // NUL can't be passed in an argument at all.
    ['x\u0000', 'an invisible control character (U+0000) at character 2'],
    // Escape starts terminal control sequences.
    ['\u001b[31m', 'an invisible control character (U+001B) at character 1'],
    // DEL and C1 controls.
    ['\u007f', 'an invisible control character (U+007F) at character 1'],
    ['\u0085', 'an invisible control character (U+0085) at character 1'],
    // A right-to-left override makes the text on screen differ from what runs.
    ['abc\u202Edef', 'a right-to-left override (U+202E) at character 4'],
    // A zero-width space hides inside a name.
    ['www\u200Bdata', 'a zero-width space (U+200B) at character 4'],
    // Every format character (category Cf) is refused, by name where it has a common one.
    ['a\u061Cb', 'an Arabic letter mark (U+061C) at character 2'],
    ['a\u180Eb', 'a Mongolian vowel separator (U+180E) at character 2'],
    ['a\uFFF9b', 'an invisible formatting character (U+FFF9) at character 2'],
    ['www\u00ADdata', 'a soft hyphen (U+00AD) at character 4'],
    // Tag characters (U+E0000–U+E007F) are astral: the position still counts characters.
    ['ab\u{E0041}', 'an invisible tag character (U+E0041) at character 3'],
    ['\u{E007F}', 'an invisible tag character (U+E007F) at character 1'],
    ['x\u2066y', 'a left-to-right isolate (U+2066) at character 2'],
    // Paragraph separator: a line break.
    ['a\u2029', 'a line break at character 2'],
    // The position counts characters, not UTF-16 units: the emoji before it is one character.
    ['😀\n', 'a line break at character 2'],
    // A lone surrogate can't be encoded as UTF-8.
    ['a\uD800', 'an invisible control character (U+D800) at character 2'],
  ])('describes %j', (text, expected) => {
    expect(findForbiddenCharacter(text)).toBe(expected);
  });

  test('refuses every format character (Unicode category Cf), named with its code point', () => {
    const format: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (/\p{Cf}/u.test(String.fromCodePoint(code))) format.push(code);
    }
    expect(format.length).toBeGreaterThan(150);
    for (const code of format) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      expect(findForbiddenCharacter(`a${String.fromCodePoint(code)}`)).toMatch(
        new RegExp(`\\(U\\+${hex}\\) at character 2$`),
      );
    }
  });
});

describe('field validation', () => {
  test.each([
    // Optional: empty means "run from where you are".
    ['', true],
    // An absolute path, and one with shell syntax in it (quoted later).
    ['/var/www/magento', true],
    ["/srv/'; rm -rf ~ #/$(id)", true],
    // The home folder, alone or with a path under it.
    ['~', true],
    ['~/shop', true],
    // A relative path depends on where the script runs.
    ['var/www', false],
    // ~user isn't expanded inside quotes, so it's refused with a hint.
    ['~deploy/shop', false],
    // A Windows path.
    ['C:\\magento', false],
    // A newline, and a space at the end.
    ['/var/www\n/x', false],
    ['/var/www ', false],
    // Longer than PATH_MAX.
    [`/${'a'.repeat(4096)}`, false],
  ])('directory %j → valid: %s', (text, ok) => {
    expect(validateDirectory(text).ok).toBe(ok);
  });

  test.each([
    // The common web user, and hostile names that quoting keeps literal.
    ['www-data', true],
    ["'; rm -rf ~ #", true],
    ['$(id)', true],
    // sudo's numeric form.
    ['#33', true],
    // Required.
    ['', false],
    // An option, not a name.
    ['-s', false],
    // A line break.
    ['www-data\nroot', false],
    // Too long.
    ['u'.repeat(257), false],
  ])('user %j → valid: %s', (text, ok) => {
    expect(validateUser(text).ok).toBe(ok);
  });

  test.each([
    ['php-fpm', true],
    ['$(id)', true],
    ['', false],
    // docker compose would read it as an option.
    ['--privileged', false],
    ['php\u0007', false],
  ])('service %j → valid: %s', (text, ok) => {
    expect(validateService(text).ok).toBe(ok);
  });

  test.each([
    // Magento's default, a boundary each side and spaces around it.
    ['50', 50],
    ['1', 1],
    ['100000', 100000],
    [' 75 ', 75],
    // Leading zeros are still a whole number.
    ['050', 50],
    // Refused: zero, over the range, decimals, negative, words, empty, huge.
    ['0', null],
    ['100001', null],
    ['12.5', null],
    ['-3', null],
    ['fifty', null],
    ['', null],
    ['9'.repeat(400), null],
  ])('limit %j → %s', (text, value) => {
    const result = validateLimit(text);
    expect(result.ok ? result.value : null).toBe(value);
  });

  test.each([
    // Each message says what to do, not only what is wrong.
    [validateUser(''), /Enter the user/],
    [validateService(''), /docker compose config --services/],
    [validateDirectory('relative'), /starting with `\/`/],
    [validateLimit('x'), /whole number from 1 to 100,000/],
    [validateDirectory('/a\nb'), /line break at character 3.*Remove it/],
  ])('explains how to fix it (%#)', (result, message) => {
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});

describe('parseOptions', () => {
  test('accepts the default state', () => {
    const parsed = parseOptions(defaultRawOptions);
    expect(parsed).toEqual({
      ok: true,
      value: { mode: 'async', cli: 'bin', directory: '', user: '', service: '', lock: 'none', limit: 50 },
      notices: {},
    });
  });

  test.each([
    // An unknown mode in a link falls back to asynchronous, with a notice beside the field.
    [{ mode: '<script>' }, 'mode', /“<script>”.*Asynchronous/],
    // An unknown CLI falls back to bin/magento.
    [{ cli: 'powershell' }, 'cli', /“powershell”.*bin\/magento/],
    // An unknown lock falls back to none; control characters in the notice are masked.
    [{ lock: 'x\ny' }, 'lock', /“x\?y”/],
  ])('replaces an unknown choice %j and says so', (patch, field, message) => {
    const parsed = parseOptions(raw(patch));
    expect(parsed.ok).toBe(true);
    expect(parsed.notices[field as keyof RawOptions]).toMatch(message);
  });

  test.each([
    // A bad user blocks only while sudo is chosen.
    [{ cli: 'bin', user: 'a\nb' }, true],
    [{ cli: 'sudo', user: 'a\nb' }, false],
    // A bad service blocks only while Docker Compose is chosen.
    [{ cli: 'sudo', user: 'www-data', service: '' }, true],
    [{ cli: 'docker', service: '' }, false],
    // A bad limit blocks only in asynchronous mode, where it is used.
    [{ mode: 'sync', limit: 'lots' }, true],
    [{ mode: 'async', limit: 'lots' }, false],
    // The directory applies to every CLI.
    [{ cli: 'ddev', dir: 'relative/path' }, false],
  ])('checks only the fields that apply: %j → ok %s', (patch, ok) => {
    expect(parseOptions(raw(patch)).ok).toBe(ok);
  });

  test('reports every blocking field at once, keyed by field', () => {
    const parsed = parseOptions(raw({ cli: 'sudo', user: '', dir: 'x', limit: '0' }));
    expect(parsed.ok ? [] : Object.keys(parsed.errors).sort()).toEqual(['dir', 'limit', 'user']);
  });

  test.each([
    ['async', 'bin', ['mode', 'cli', 'dir', 'lock', 'limit']],
    ['sync', 'sudo', ['mode', 'cli', 'dir', 'user', 'lock']],
    ['async', 'docker', ['mode', 'cli', 'dir', 'service', 'lock', 'limit']],
  ] as const)('shows the fields that apply to %s + %s', (mode, cli, fields) => {
    expect(visibleFields(mode, cli)).toEqual(fields);
  });
});

describe('shell quoting', () => {
  test.each([
    // Plain, empty, a single quote, the hostile inputs.
    ['www-data', "'www-data'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ["'; rm -rf ~ #", "''\\''; rm -rf ~ #'"],
    ['$(id)', "'$(id)'"],
  ])('quotes %j as %s', (text, quoted) => {
    expect(quoteShellWord(text)).toBe(quoted);
  });

  test.each([
    // Our own plain words stay bare; anything else is quoted defensively.
    [{ kind: 'fixed', text: 'config:set' } as const, 'config:set'],
    [{ kind: 'fixed', text: '--group=default' } as const, '--group=default'],
    [{ kind: 'fixed', text: 'a b' } as const, "'a b'"],
    // User text is always quoted, even when plain.
    [{ kind: 'user', text: 'php' } as const, "'php'"],
    // A home path: $HOME expands (quoted against spaces), the rest is literal.
    [{ kind: 'home', rest: '' } as const, '"$HOME"'],
    [{ kind: 'home', rest: 'a b/$(id)' } as const, `"$HOME"/'a b/$(id)'`],
  ])('renders %j as %s', (word, text) => {
    expect(renderWord(word)).toBe(text);
  });

  test('round-trips any text through dash and bash unchanged', () => {
    // Any string without NUL (which no argument can hold) or lone surrogates (not UTF-8).
    const samples = fc.sample(
      fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && s.isWellFormed()),
      { numRuns: 300, seed: 6 },
    );
    samples.push("'", "''", "'\\''", '\\', '$HOME', '`id`', '!', '\n', '*', '~', '"');
    const script = samples.map((s) => `printf '%s\\0' ${quoteShellWord(s)}`).join('\n');
    for (const shell of ['dash', 'bash']) {
      const out = spawnSync(shell, ['-c', script], { encoding: 'utf8', env: { LC_ALL: 'C.UTF-8' } });
      expect(out.stdout.split('\0').slice(0, -1)).toEqual(samples);
    }
  });
});

describe('buildProcedure', () => {
  const ok = (r: RawOptions) => {
    const p = buildProcedure(r);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    return p;
  };

  test.each(combos.map((c) => [`${c.mode} ${c.cli} lock=${c.lock} dir=${c.dir || '-'}`, c] as const))(
    '%s: never scopes the global setting, and locks every config:set the same way',
    (_name, c) => {
      const p = ok(c);
      const lockOption = { none: null, env: '--lock-env', config: '--lock-config' }[c.lock as 'none'];
      for (const s of p.steps) {
        expect(s.command).not.toMatch(/--scope/);
        const isSet = s.command.includes(' config:set ');
        expect(s.command.includes('--lock-')).toBe(isSet && lockOption !== null);
        if (isSet && lockOption) expect(s.command).toContain(`config:set ${lockOption} sales_email/`);
      }
    },
  );

  test.each([
    // Async: set, limit, cache, verify both, cron install/inspect/run, then the undo (printed only).
    [
      raw({ dir: '/var/www/magento' }),
      [
        'go-to-directory',
        'set-mode',
        'set-limit',
        'clean-cache',
        'show-mode',
        'show-limit',
        'install-cron',
        'list-crontab',
        'run-cron',
        'undo',
      ],
    ],
    // Sync: empty the queue first, no limit or cron install, then the undo.
    [raw({ mode: 'sync' }), ['send-waiting', 'set-mode', 'clean-cache', 'show-mode', 'undo']],
  ])('orders the steps (%#)', (options, ids) => {
    expect(ok(options).steps.map((s) => s.id)).toEqual(ids);
  });

  test.each([
    // The exact commands of the FAQ's own form (bin/magento, no lock).
    [raw({}), 'set-mode', 'bin/magento config:set sales_email/general/async_sending 1'],
    [raw({ mode: 'sync' }), 'set-mode', 'bin/magento config:set sales_email/general/async_sending 0'],
    [raw({}), 'undo', 'bin/magento config:set sales_email/general/async_sending 0'],
    [raw({ mode: 'sync' }), 'undo', 'bin/magento config:set sales_email/general/async_sending 1'],
    [raw({ limit: '120' }), 'set-limit', 'bin/magento config:set sales_email/general/sending_limit 120'],
    [raw({}), 'clean-cache', 'bin/magento cache:clean config'],
    [raw({}), 'show-mode', 'bin/magento config:show sales_email/general/async_sending'],
    [raw({}), 'run-cron', 'bin/magento cron:run --group=default'],
    // Each wrapper.
    [raw({ cli: 'php' }), 'install-cron', 'php bin/magento cron:install'],
    [raw({ cli: 'sudo', user: 'www-data' }), 'list-crontab', "sudo -u 'www-data' crontab -l"],
    [
      raw({ cli: 'docker', service: 'php-fpm', lock: 'config' }),
      'set-mode',
      "docker compose exec 'php-fpm' bin/magento config:set --lock-config sales_email/general/async_sending 1",
    ],
    [raw({ cli: 'warden' }), 'clean-cache', 'warden env exec php-fpm bin/magento cache:clean config'],
    [
      raw({ cli: 'ddev', lock: 'env' }),
      'set-limit',
      'ddev magento config:set --lock-env sales_email/general/sending_limit 50',
    ],
    [raw({ cli: 'ddev' }), 'list-crontab', 'ddev exec crontab -l'],
    // Directories: quoted, or $HOME plus the quoted rest.
    [raw({ dir: "/srv/it's" }), 'go-to-directory', "cd '/srv/it'\\''s'"],
    [raw({ dir: '~/my shop' }), 'go-to-directory', `cd "$HOME"/'my shop'`],
    [raw({ dir: '~' }), 'go-to-directory', 'cd "$HOME"'],
  ])('builds %# %s', (options, id, command) => {
    expect(ok(options).steps.find((s) => s.id === id)?.command).toBe(command);
  });

  test.each([
    // Async: cron must run, and the one-day cut-off.
    [raw({}), ['cron-required', 'cut-off', 'no-directory']],
    // Sync: callbacks may be slow again.
    [raw({ mode: 'sync', dir: '/x' }), ['sync-slow']],
    // sudo: the web user varies; docker: the service name varies.
    [raw({ cli: 'sudo', user: 'www-data', dir: '/x' }), ['cron-required', 'cut-off', 'web-user']],
    [raw({ cli: 'docker', service: 'php', dir: '/x' }), ['cron-required', 'cut-off', 'service-name']],
  ])('warns about the whole procedure (%#)', (options, ids) => {
    expect(ok(options).warnings.map((w) => w.id)).toEqual(ids);
  });

  test.each([
    // The set step always says why there is no --scope, and what the lock means.
    [raw({}), 'set-mode', ['global-scope', 'locked-earlier']],
    [raw({ lock: 'env' }), 'set-mode', ['global-scope', 'lock-kept']],
    // cron:install in a container only helps with a cron daemon there.
    [raw({ cli: 'warden' }), 'install-cron', ['container-cron']],
    [raw({ cli: 'bin' }), 'install-cron', ['cron-user']],
    [raw({ cli: 'sudo', user: 'www-data' }), 'install-cron', []],
    // Old config:show calls a 0 "doesn't exist".
    [raw({ mode: 'sync' }), 'show-mode', ['config-show-old']],
  ])('attaches warnings to steps (%#)', (options, id, ids) => {
    expect(
      ok(options)
        .steps.find((s) => s.id === id)
        ?.warnings.map((w) => w.id),
    ).toEqual(ids);
  });

  test('explains the global scope and quotes Magento’s lock error', () => {
    const set = ok(raw({})).steps.find((s) => s.id === 'set-mode')!;
    expect(set.warnings.map((w) => w.text).join(' ')).toMatch(
      /--scope.*--scope-code.*no effect.*already been locked\. To change the value, use the --lock-env option\./s,
    );
  });

  test('says that cron only picks up orders from one day before the save', () => {
    expect(ok(raw({})).warnings.find((w) => w.id === 'cut-off')?.text).toMatch(/one day before the setting was saved/);
  });

  test('puts every runnable command in the script and the undo only as a comment', () => {
    const p = ok(raw({ cli: 'sudo', user: "'; rm -rf ~ #", dir: '/srv/$(id)' }));
    const lines = p.script.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    for (const s of p.steps) {
      const expected = { run: `  ${s.command}`, tolerant: `  ${s.command} || true`, comment: `  # ${s.command}` }[
        s.inScript
      ];
      expect(lines).toContain(expected);
    }
    // Comments hold only printable ASCII: they read the same in any terminal.
    for (const line of lines.filter((l) => l.trimStart().startsWith('#'))) expect(line).toMatch(/^[\x20-\x7e]*$/);
  });

  test('refuses a blocked state with the errors keyed by field', () => {
    expect(buildProcedure(raw({ cli: 'sudo', user: 'x\ny' }))).toMatchObject({
      ok: false,
      errors: { user: /line break/ },
    });
  });
});

/** The builder's state written as a query string through the shared state contract. */
const encodeState = (state: RawOptions) =>
  writeParams('https://site.example/tools/magento-email/', state, defaultRawOptions).href.split('?')[1] ?? '';
/** The builder's state read from a query string through the shared state contract. */
const decodeState = (search: string): RawOptions => ({
  ...defaultRawOptions,
  ...readParams(search, Object.keys(defaultRawOptions) as (keyof RawOptions)[]),
});

describe('URL state', () => {
  test.each([
    // The default state is an empty query.
    [defaultRawOptions, ''],
    // Only what differs from the defaults is written, in field order.
    [raw({ cli: 'sudo', user: "'; rm -rf ~ #", mode: 'sync' }), 'mode=sync&cli=sudo&user=%27%3B+rm+-rf+%7E+%23'],
    [raw({ dir: '/a b/ü', limit: '10' }), 'dir=%2Fa+b%2F%C3%BC&limit=10'],
  ])('encodes %j', (state, query) => {
    expect(encodeState(state)).toBe(query);
    expect(decodeState(query)).toEqual(state);
  });

  test.each([
    // Unknown parameters are ignored, missing ones take defaults, values are kept as given.
    ['?foo=1&mode=%3Cscript%3E', raw({ mode: '<script>' })],
    // A newline survives decoding, for the validator to refuse with a message.
    ['user=a%0Ab&cli=sudo', raw({ cli: 'sudo', user: 'a\nb' })],
    // Malformed percent-encoding doesn't throw.
    ['dir=%E0%A4%A&limit=%', raw({ dir: '\uFFFD%A', limit: '%' })],
    // A repeated parameter: the first wins.
    ['mode=sync&mode=async', raw({ mode: 'sync' })],
  ])('decodes %j', (query, state) => {
    expect(decodeState(query)).toEqual(state);
  });

  test('round-trips any state', () => {
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.string(),
          cli: fc.string(),
          dir: fc.string({ unit: 'binary' }),
          user: fc.string({ unit: 'binary' }),
          service: fc.string(),
          lock: fc.string(),
          limit: fc.string(),
        }),
        (state) => {
          // Every value comes back as typed, an empty one too; half an emoji comes back as U+FFFD.
          const expected = Object.fromEntries(Object.entries(state).map(([k, v]) => [k, wellFormed(v)]));
          expect(decodeState(encodeState(state))).toEqual(expected);
        },
      ),
      { numRuns: 200, seed: 6 },
    );
  });
});
