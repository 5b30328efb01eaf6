import Big from 'big.js';
import { describe, expect, test } from 'vitest';
import { callbackTimeoutSeconds, retrySchedule } from '../../src/data/retry-schedule.ts';
import { formatDuration, parseDuration } from '../../src/lib/callbacks/duration.ts';
import {
  attemptOffsets,
  type DeliveryQuestion,
  scheduleTotalSeconds,
  simulateDelivery,
} from '../../src/lib/callbacks/retry-simulation.ts';
import { parseSimulatorFields, type SimulatorFields } from '../../src/lib/callbacks/simulator-input.ts';

describe('the documented retry schedule', () => {
  test('has 20 attempts: the first send and 19 resends', () => {
    expect(retrySchedule.map((r) => r.attempt)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(retrySchedule[0]!.gapSeconds).toBe(0);
  });

  // The table says "36 h"; the exact sum is 130,335 s (domain facts §3).
  test('adds up to 130,335 seconds, 36 h 12 min 15 s', () => {
    expect(scheduleTotalSeconds()).toBe(130_335);
    expect(attemptOffsets().at(-1)).toBe(130_335);
    expect(formatDuration(scheduleTotalSeconds())).toBe('36 h 12 min 15 s');
  });

  test('has gaps that match the table as written', () => {
    const toSeconds = (text: string) => {
      const [amount, unit] = text.split(' ');
      return Number(amount) * ({ s: 1, min: 60, h: 3600 }[unit ?? 's'] ?? 0);
    };
    expect(retrySchedule.map((r) => toSeconds(r.gapAsDocumented))).toEqual(retrySchedule.map((r) => r.gapSeconds));
  });

  test('never shrinks a gap', () => {
    const gaps = retrySchedule.map((r) => r.gapSeconds);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
  });

  test('uses the 5-second timeout', () => {
    expect(callbackTimeoutSeconds).toBe(5);
  });
});

const question = (patch: Partial<DeliveryQuestion>): DeliveryQuestion => ({
  problem: 'down',
  durationSeconds: new Big(0),
  answerSeconds: new Big(0),
  status: 500,
  ...patch,
});
const seconds = (n: number | string) => new Big(n);

describe('simulateDelivery', () => {
  test.each([
    // [case, question, attempt that gets through (null: Resurs gives up), at seconds]
    ['down for 0 s', question({ durationSeconds: seconds(0) }), 1, 0],
    ['down for 2 h', question({ durationSeconds: seconds(7200) }), 13, 7935],
    // An attempt at the very second the endpoint recovers gets through.
    ['down until exactly attempt 13', question({ durationSeconds: seconds(7935) }), 13, 7935],
    ['down one second longer', question({ durationSeconds: seconds(7936) }), 14, 11_535],
    ['down for a fraction past attempt 2', question({ durationSeconds: seconds('30.5') }), 3, 75],
    ['down until the last attempt', question({ durationSeconds: seconds(130_335) }), 20, 130_335],
    ['down past the last attempt', question({ durationSeconds: seconds(130_336) }), null, 0],
    ['down for good', question({ durationSeconds: null }), null, 0],
    // Slower than the 5-second timeout fails; faster is delivered at once.
    [
      'slow at 4.9 s, for good',
      question({ problem: 'slow', answerSeconds: seconds('4.9'), durationSeconds: null }),
      1,
      0,
    ],
    [
      'slow at exactly 5 s for 10 min',
      question({ problem: 'slow', answerSeconds: seconds(5), durationSeconds: seconds(600) }),
      7,
      615,
    ],
    ['slow at 8 s for good', question({ problem: 'slow', answerSeconds: seconds(8), durationSeconds: null }), null, 0],
    // Redirects are not followed.
    ['a 302 for 1 h', question({ problem: 'redirect', status: 302, durationSeconds: seconds(3600) }), 12, 5235],
    ['a 500 for 1 min', question({ problem: 'status', status: 500, durationSeconds: seconds(60) }), 3, 75],
    // Anything below 300 counts as delivered.
    ['a 204, for good', question({ problem: 'status', status: 204, durationSeconds: null }), 1, 0],
    ['a 299, for good', question({ problem: 'status', status: 299, durationSeconds: null }), 1, 0],
    ['a 300, for good', question({ problem: 'status', status: 300, durationSeconds: null }), null, 0],
  ] as const)('%s', (_name, q, attempt, at) => {
    const result = simulateDelivery(q);
    expect(result.delivered?.attempt ?? null).toBe(attempt);
    if (attempt !== null) expect(result.delivered?.atSeconds).toBe(at);
    expect(result.gaveUp).toBe(attempt === null);
  });

  test('marks every attempt after the delivered one as not sent', () => {
    const outcomes = simulateDelivery(question({ durationSeconds: seconds(7200) })).attempts.map((a) => a.outcome);
    expect(outcomes).toEqual([...Array(12).fill('failed'), 'delivered', ...Array(7).fill('not-sent')]);
  });

  test.each([
    ['down', question({ durationSeconds: null }), /no connection/],
    [
      'slow',
      question({ problem: 'slow', answerSeconds: seconds(9), durationSeconds: null }),
      /within 5 seconds: timed out/,
    ],
    [
      'redirect',
      question({ problem: 'redirect', status: 303, durationSeconds: null }),
      /303: redirects are not followed/,
    ],
    ['status', question({ problem: 'status', status: 503, durationSeconds: null }), /503: only a status below 300/],
  ] as const)('says why a %s attempt fails', (_name, q, pattern) => {
    expect(simulateDelivery(q).attempts[0]!.reason).toMatch(pattern);
  });
});

const fields = (patch: Partial<SimulatorFields>): SimulatorFields => ({
  problem: 'down',
  duration: '2',
  unit: 'h',
  never: '',
  answer: '8',
  status: '500',
  ...patch,
});

describe('parseSimulatorFields', () => {
  test.each([
    // [case, fields, seconds]
    ['hours', fields({}), '7200'],
    ['a decimal comma', fields({ duration: '1,5' }), '5400'],
    // 0.7 h is 2520 s exactly; binary floats would give 2519.9999999999995.
    ['a decimal that floats get wrong', fields({ duration: '0.7' }), '2520'],
    ['days', fields({ duration: '2', unit: 'd' }), '172800'],
    ['surrounding spaces', fields({ duration: '  90 ', unit: 's' }), '90'],
  ])('reads %s', (_name, f, expected) => {
    const parsed = parseSimulatorFields(f);
    expect(parsed.ok && parsed.value.durationSeconds?.toString()).toBe(expected);
  });

  test('reads "never recovers" as no end', () => {
    const parsed = parseSimulatorFields(fields({ never: '1', duration: 'ignored' }));
    expect(parsed.ok && parsed.value.durationSeconds).toBeNull();
  });

  test.each([
    // [case, fields, field, message]
    ['a negative downtime', fields({ duration: '-3' }), 'duration', /can’t be negative/],
    ['a word', fields({ duration: 'abc' }), 'duration', /must be a number/],
    ['markup', fields({ duration: '<script>' }), 'duration', /“<script>” isn’t one/],
    ['an empty field', fields({ duration: '' }), 'duration', /is empty/],
    ['an exponent', fields({ duration: '1e999' }), 'duration', /must be a number/],
    ['a huge number', fields({ duration: '9'.repeat(50) }), 'duration', /too long/],
    ['an unknown unit', fields({ unit: 'weeks' }), 'unit', /Unknown unit “weeks”/],
    ['an unknown problem', fields({ problem: 'fire' }), 'problem', /Unknown problem “fire”/],
    ['a negative answer time', fields({ problem: 'slow', answer: '-1' }), 'answer', /can’t be negative/],
    ['a status that is not a number', fields({ problem: 'status', status: 'abc' }), 'status', /three-digit/],
    ['a status out of range', fields({ problem: 'status', status: '999' }), 'status', /between 100 and 599/],
    ['a redirect that is not 3xx', fields({ problem: 'redirect', status: '500' }), 'status', /3xx/],
  ] as const)('rejects %s with a message on the field', (_name, f, field, pattern) => {
    const parsed = parseSimulatorFields(f);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[field]).toMatch(pattern);
  });

  test('ignores fields the chosen problem does not use', () => {
    expect(parseSimulatorFields(fields({ problem: 'down', status: 'junk', answer: 'junk' })).ok).toBe(true);
  });
});

describe('durations', () => {
  test.each([
    [0, '0 s'],
    [30, '30 s'],
    [150, '2 min 30 s'],
    [3600, '1 h'],
    [7935, '2 h 12 min 15 s'],
    [-5, '0 s'],
  ])('formats %s s as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  test('rejects an unknown unit', () => {
    expect(parseDuration('1', 'fortnight', 'The downtime')).toEqual({
      ok: false,
      error: 'Unknown unit “fortnight”: choose seconds, minutes, hours or days.',
    });
  });
});
