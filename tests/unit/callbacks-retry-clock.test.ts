import { describe, expect, test } from 'vitest';
import { buildRetryClock, isoUtc, readLocalDateTime, readTimeZone } from '../../src/lib/callbacks/retry-clock.ts';
import { attemptOffsets, scheduleTotalSeconds } from '../../src/lib/callbacks/retry-simulation.ts';

const offsets = attemptOffsets();
const total = scheduleTotalSeconds();
const clock = (start: string, zone: string) => {
  const result = buildRetryClock({ start, zone }, 'UTC', offsets);
  if (!result.ok || !result.value) throw new Error(`no clock for ${start} ${zone}`);
  return result.value;
};
const hms = (ms: number) => new Date(ms).toISOString().slice(11, 19);

describe('buildRetryClock', () => {
  // The check: the schedule crosses the start of summer time (2026-03-29 01:00 UTC).
  test('puts attempt 20 of a first attempt at 2026-03-28 23:30 Stockholm at 2026-03-30T10:42:15Z, 12:42:15 local', () => {
    const result = clock('2026-03-28T23:30', 'Europe/Stockholm');
    const last = result.attempts.at(-1)!;
    expect(result.attempts).toHaveLength(offsets.length);
    expect(last.attempt).toBe(offsets.length);
    expect(last.iso).toBe('2026-03-30T10:42:15Z');
    expect(last.iso).toBe(isoUtc(Date.UTC(2026, 2, 28, 22, 30) + total * 1000));
    expect(last.localTime).toBe('12:42:15');
    expect(result.attempts[0]!.local).toContain('GMT+1');
    expect(last.local).toContain('GMT+2');
    expect(result.note).toBeNull();
  });

  test.each([
    // [case, start, zone, first attempt UTC, UTC offset of the first attempt (h), of the last (h)]
    // Summer time starts inside the schedule: CET (+1) to CEST (+2).
    ['Stockholm, spring change', '2026-03-28T23:30', 'Europe/Stockholm', Date.UTC(2026, 2, 28, 22, 30), 1, 2],
    // Summer time ends inside the schedule (2026-10-25 01:00 UTC): CEST (+2) back to CET (+1).
    ['Stockholm, autumn change', '2026-10-24T23:30', 'Europe/Stockholm', Date.UTC(2026, 9, 24, 21, 30), 2, 1],
    // Tokyo has no daylight saving: +9 throughout.
    ['Tokyo, no DST', '2026-03-28T23:30', 'Asia/Tokyo', Date.UTC(2026, 2, 28, 14, 30), 9, 9],
    // UTC: the local time is the instant.
    ['UTC', '2026-10-24T23:30:05', 'UTC', Date.UTC(2026, 9, 24, 23, 30, 5), 0, 0],
  ])(
    '%s: each attempt is the first plus its offset, in local time with the right offset',
    (_c, start, zone, first, before, after) => {
      const result = clock(start, zone);
      result.attempts.forEach((a, i) => {
        const instant = first + offsets[i]! * 1000;
        expect(a.instant).toBe(instant);
        expect(a.iso).toBe(isoUtc(instant));
        const offset = i === 0 ? before : i === offsets.length - 1 ? after : null;
        if (offset !== null) expect(a.localTime).toBe(hms(instant + offset * 3_600_000));
      });
    },
  );

  test.each([
    // [case, start, zone, first attempt UTC, kind of note]
    // 02:30 does not exist on 2026-03-29 in Stockholm: moved forward to 03:30 CEST.
    ['a skipped local time', '2026-03-29T02:30', 'Europe/Stockholm', Date.UTC(2026, 2, 29, 1, 30), /skip/],
    // 02:30 happens twice on 2026-10-25: the earlier, still CEST.
    ['a repeated local time', '2026-10-25T02:30', 'Europe/Stockholm', Date.UTC(2026, 9, 25, 0, 30), /twice/],
  ])('resolves %s and says so', (_c, start, zone, first, note) => {
    const result = clock(start, zone);
    expect(result.attempts[0]!.instant).toBe(first);
    expect(result.note).toMatch(note);
  });

  test('uses the fallback zone when none is given, and no clock without a start', () => {
    expect(buildRetryClock({ start: '', zone: '' }, 'UTC', offsets)).toEqual({ ok: true, value: null });
    const result = buildRetryClock({ start: '2026-01-01T00:00', zone: '' }, 'Asia/Tokyo', offsets);
    expect(result.ok && result.value?.zone).toBe('Asia/Tokyo');
  });

  test.each([
    // [case, fields, the field with the message]
    ['an unknown zone', { start: '2026-01-01T00:00', zone: 'Mars/Olympus' }, 'zone'],
    ['a hostile zone', { start: '2026-01-01T00:00', zone: '<img src=x onerror=alert(1)>' }, 'zone'],
    ['a huge zone', { start: '2026-01-01T00:00', zone: 'A'.repeat(100_000) }, 'zone'],
    ['half an emoji as zone', { start: '2026-01-01T00:00', zone: '\ud83d' }, 'zone'],
    ['30 February', { start: '2026-02-30T10:00', zone: 'UTC' }, 'start'],
    ['hour 24', { start: '2026-02-03T24:00', zone: 'UTC' }, 'start'],
    ['a year out of range', { start: '9999-01-01T00:00', zone: 'UTC' }, 'start'],
    ['words', { start: 'tomorrow morning', zone: 'UTC' }, 'start'],
    ['a huge start', { start: '2'.repeat(100_000), zone: 'UTC' }, 'start'],
  ] as const)('rejects %s with a message', (_c, fields, field) => {
    const result = buildRetryClock(fields, 'UTC', offsets);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[field]).toMatch(/\w/);
  });
});

describe('readTimeZone and readLocalDateTime', () => {
  test.each([
    // [typed, canonical]
    ['Europe/Stockholm', 'Europe/Stockholm'],
    // Intl canonicalises the case.
    ['europe/stockholm', 'Europe/Stockholm'],
    ['  UTC ', 'UTC'],
  ])('reads the zone %j as %j', (typed, canonical) => {
    expect(readTimeZone(typed)).toEqual({ ok: true, value: canonical });
  });

  test.each([
    // [typed, wall clock as UTC]
    ['2026-03-28T23:30', Date.UTC(2026, 2, 28, 23, 30)],
    ['2026-03-28T23:30:59', Date.UTC(2026, 2, 28, 23, 30, 59)],
    // A leap day.
    ['2028-02-29T00:00', Date.UTC(2028, 1, 29)],
  ])('reads %j', (typed, wall) => {
    expect(readLocalDateTime(typed)).toEqual({ ok: true, value: wall });
  });
});
