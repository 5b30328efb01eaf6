import { useEffect, useState } from 'preact/hooks';
import { buildRetryClock } from '../../../lib/callbacks/retry-clock.ts';
import { attemptOffsets } from '../../../lib/callbacks/retry-simulation.ts';

const offsets = attemptOffsets();

/** The retry clock's fields. */
export interface RetryClockFields {
  firstAttempt: string;
  zone: string;
}

/**
 * The retry clock for the simulator's fields (in its URL state as firstAttempt and zone): the
 * fields and their setter, the browser's zone and the computed clock.
 */
export function useRetryClock(fields: RetryClockFields, update: (patch: Partial<RetryClockFields>) => void) {
  // The browser's zone is known only after hydration; the build machine's zone must not leak into the page.
  const [browserZone, setBrowserZone] = useState('UTC');
  // The ~400 zone names for the suggestions list, only in the browser (they would bloat the page's HTML).
  const [zones, setZones] = useState<readonly string[]>([]);
  useEffect(() => {
    try {
      setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
      setZones(Intl.supportedValuesOf('timeZone'));
    } catch {
      // Keep UTC and no suggestions.
    }
  }, []);
  const clock = buildRetryClock({ start: fields.firstAttempt, zone: fields.zone }, browserZone, offsets);
  return { fields, update, browserZone, zones, clock };
}

/** What useRetryClock returns. */
export type RetryClockState = ReturnType<typeof useRetryClock>;
