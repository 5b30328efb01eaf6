import Big from 'big.js';
import { fail, ok, type Result } from '../shared/result.ts';

/** Units the simulator accepts, in seconds. */
export const durationUnits = { s: 1, min: 60, h: 3600, d: 86400 } as const;

/** s, min, h or d. */
export type DurationUnit = keyof typeof durationUnits;

/** Whether a string names a unit of durationUnits (narrows untrusted input). Never throws. */
export function isDurationUnit(value: string): value is DurationUnit {
  return Object.hasOwn(durationUnits, value);
}

/**
 * Parses a non-negative decimal number ("90", "1.5", "1,5") into an exact Big. `what` names the
 * quantity in messages ("The downtime"). Never throws: bad input gives an error result.
 */
export function parseNonNegative(text: string, what: string): Result<Big> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${what} is empty: enter a number, for example 2.`);
  if (trimmed.length > 20) return fail(`${what} is too long: enter at most 20 characters.`);
  const normalized = trimmed.replace(',', '.');
  if (/^-\s*\d/.test(normalized)) return fail(`${what} can’t be negative: enter 0 or more.`);
  if (!/^\+?(\d+(\.\d*)?|\.\d+)$/.test(normalized)) {
    return fail(`${what} must be a number, such as 2 or 1.5; “${trimmed}” isn’t one.`);
  }
  return ok(new Big(normalized.replace('+', '').replace(/\.$/, '')));
}

/** Parses an amount and a unit into seconds (exact). Never throws. */
export function parseDuration(text: string, unit: string, what: string): Result<Big> {
  if (!isDurationUnit(unit)) return fail(`Unknown unit “${unit}”: choose seconds, minutes, hours or days.`);
  const amount = parseNonNegative(text, what);
  return amount.ok ? ok(amount.value.times(durationUnits[unit])) : amount;
}

/** Formats whole seconds the way the FAQ writes durations: "36 h 12 min 15 s", "0 s". Never throws. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? `${h} h` : '', min > 0 ? `${min} min` : '', s > 0 ? `${s} s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}
