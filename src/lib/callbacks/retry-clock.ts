import { fail, ok, type Result } from '../shared/result.ts';
import { quote } from './url-state.ts';

/**
 * Puts the retry schedule on the wall clock: a first attempt typed as a local date and time in an
 * IANA time zone gives each attempt's exact instant (UTC) and its local time. The schedule's gaps
 * are elapsed seconds, so a daylight-saving change moves the local hour, never the instant.
 * Time zones come from Intl (full ICU in Node 22 and Chromium); no date library.
 */

/** The clock's fields as typed or read from the URL (untrusted): a `datetime-local` value and a zone. */
export interface RetryClockFields {
  /** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`; '' for no clock. */
  start: string;
  /** An IANA zone such as Europe/Stockholm; '' for the browser's zone. */
  zone: string;
}

/** One attempt on the clock. */
export interface ClockedAttempt {
  attempt: number;
  /** Milliseconds since the epoch. */
  instant: number;
  /** The instant in ISO 8601 UTC, whole seconds: 2026-03-30T10:42:15Z. */
  iso: string;
  /** The local date and time in the zone, e.g. "Mon 2026-03-30 12:42:15 GMT+2". */
  local: string;
  /** The local time of day alone, "12:42:15". */
  localTime: string;
}

/** The schedule on the clock. */
export interface RetryClock {
  /** The canonical zone name. */
  zone: string;
  attempts: ClockedAttempt[];
  /** A note when the typed local time doesn't exist (spring gap) or exists twice (autumn). */
  note: string | null;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Checks an IANA time-zone name with Intl and returns its canonical spelling, or a message.
 * Never throws.
 */
export function readTimeZone(text: string): Result<string> {
  const zone = text.trim();
  if (zone === '') return fail('Enter a time zone, such as Europe/Stockholm.');
  if (zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) {
    return fail(`${quote(zone)} isn’t a time-zone name: use an IANA name such as Europe/Stockholm or UTC.`);
  }
  try {
    return ok(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
  } catch {
    return fail(`Unknown time zone ${quote(zone)}: use an IANA name such as Europe/Stockholm or UTC.`);
  }
}

function parts(zone: string, instant: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). Assumes a valid zone. Never throws. */
export function zoneOffsetMs(zone: string, instant: number): number {
  const p = parts(zone, instant);
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A local wall-clock time, resolved to an instant; `kind` says whether it was skipped or repeated by DST. */
export interface ResolvedLocalTime {
  instant: number;
  kind: 'exact' | 'skipped' | 'repeated';
}

/**
 * The instant of a wall-clock time (given as if it were UTC, in ms) in a valid zone. A time that a
 * spring change skips is moved forward by the gap (as Temporal's "compatible" does); one that an
 * autumn change repeats takes the first (earlier) occurrence. Never throws.
 */
export function resolveLocalTime(zone: string, wallAsUtc: number): ResolvedLocalTime {
  const day = 86_400_000;
  const before = zoneOffsetMs(zone, wallAsUtc - day);
  const after = zoneOffsetMs(zone, wallAsUtc + day);
  const candidates = [...new Set([wallAsUtc - before, wallAsUtc - after])].sort((a, b) => a - b);
  const valid = candidates.filter((c) => c + zoneOffsetMs(zone, c) === wallAsUtc);
  if (valid.length === 0) return { instant: wallAsUtc - before, kind: 'skipped' };
  return { instant: valid[0]!, kind: valid.length > 1 ? 'repeated' : 'exact' };
}

/**
 * Reads a `datetime-local` value into the wall-clock time it names, as milliseconds "as if UTC".
 * Returns a message for malformed or impossible dates (30 February). Never throws.
 */
export function readLocalDateTime(text: string): Result<number> {
  const match = localPattern.exec(text.trim());
  if (!match) return fail('Enter the date and time of the first attempt, such as 2026-03-28 23:30.');
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  if (
    year < 1970 ||
    year > 2200 ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return fail(`There is no such date and time as ${quote(text.trim())}; pick one between 1970 and 2200.`);
  }
  return ok(wall);
}

/** An instant in ISO 8601 UTC with whole seconds: 2026-03-30T10:42:15Z. Never throws for a finite instant. */
export function isoUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An instant as local date, time and UTC offset in a valid zone: "Mon 2026-03-30 12:42:15 GMT+2". Never throws. */
export function formatLocal(zone: string, instant: number): { local: string; localTime: string } {
  const p = parts(zone, instant);
  const localTime = `${p.hour}:${p.minute}:${p.second}`;
  return { local: `${p.weekday} ${p.year}-${p.month}-${p.day} ${localTime} ${p.timeZoneName}`, localTime };
}

/**
 * Puts the attempts on the clock: `offsets` are seconds after the first attempt (from the
 * schedule), the fields give the first attempt's local time and zone (default `fallbackZone`, the
 * browser's). Returns null while no start is typed, a message per bad field, or the clock.
 * Never throws.
 */
export function buildRetryClock(
  fields: RetryClockFields,
  fallbackZone: string,
  offsets: readonly number[],
): Result<RetryClock | null, Partial<Record<keyof RetryClockFields, string>>> {
  const errors: Partial<Record<keyof RetryClockFields, string>> = {};
  const zone = readTimeZone(fields.zone.trim() === '' ? fallbackZone : fields.zone);
  if (!zone.ok) errors.zone = zone.error;
  if (fields.start.trim() === '') return Object.keys(errors).length > 0 ? fail(errors) : ok(null);
  const wall = readLocalDateTime(fields.start);
  if (!wall.ok) errors.start = wall.error;
  if (!zone.ok || !wall.ok) return fail(errors);
  const first = resolveLocalTime(zone.value, wall.value);
  const attempts = offsets.map((offset, i) => {
    const instant = first.instant + offset * 1000;
    return { attempt: i + 1, instant, iso: isoUtc(instant), ...formatLocal(zone.value, instant) };
  });
  const shown = formatLocal(zone.value, first.instant).local;
  const note =
    first.kind === 'skipped'
      ? `That local time doesn’t exist in ${zone.value}: the clocks skip it when daylight saving starts. The first attempt is taken as ${shown}.`
      : first.kind === 'repeated'
        ? `That local time happens twice in ${zone.value}, when daylight saving ends; the first attempt is taken as the earlier one, ${shown}.`
        : null;
  return ok({ zone: zone.value, attempts, note });
}
