/**
 * How Resurs delivers a callback and how often it resends one that failed.
 * Source: Resurs' callback documentation, https://developers.resurs.com/configuration-service/callbacks/
 * ("Fallback - resending failed callbacks"), and the FAQ (2023) for the timeout.
 * The simulator, the tool page and the unit tests all read this file.
 */

/** Where the facts below come from. */
export const callbackDocsUrl = 'https://developers.resurs.com/configuration-service/callbacks/';

/** Resurs waits this long for an answer (the default since 24 April 2019, per the FAQ). */
export const callbackTimeoutSeconds = 5;

/** The date the 5-second default came in, as the FAQ states it. */
export const callbackTimeoutSince = '2019-04-24';

/** An HTTP status below this counts as delivered; anything else (redirects included) is resent. */
export const deliveredBelowStatus = 300;

/** One row of the documented schedule: the attempt's number and its gap after the previous attempt. */
export interface RetryAttempt {
  /** 1 is the first send, 2–20 are resends. */
  attempt: number;
  /** Seconds after the previous attempt. */
  gapSeconds: number;
  /** The gap as the documentation's table writes it. */
  gapAsDocumented: string;
}

/** The documented schedule: the first send plus 19 resends. */
export const retrySchedule: readonly RetryAttempt[] = [
  { attempt: 1, gapSeconds: 0, gapAsDocumented: '0' },
  { attempt: 2, gapSeconds: 30, gapAsDocumented: '30 s' },
  { attempt: 3, gapSeconds: 45, gapAsDocumented: '45 s' },
  { attempt: 4, gapSeconds: 60, gapAsDocumented: '1 min' },
  { attempt: 5, gapSeconds: 90, gapAsDocumented: '1.5 min' },
  { attempt: 6, gapSeconds: 150, gapAsDocumented: '2.5 min' },
  { attempt: 7, gapSeconds: 240, gapAsDocumented: '4 min' },
  { attempt: 8, gapSeconds: 330, gapAsDocumented: '5.5 min' },
  { attempt: 9, gapSeconds: 510, gapAsDocumented: '8.5 min' },
  { attempt: 10, gapSeconds: 780, gapAsDocumented: '13 min' },
  { attempt: 11, gapSeconds: 1200, gapAsDocumented: '20 min' },
  { attempt: 12, gapSeconds: 1800, gapAsDocumented: '30 min' },
  { attempt: 13, gapSeconds: 2700, gapAsDocumented: '45 min' },
  { attempt: 14, gapSeconds: 3600, gapAsDocumented: '1 h' },
  { attempt: 15, gapSeconds: 5400, gapAsDocumented: '1.5 h' },
  { attempt: 16, gapSeconds: 9000, gapAsDocumented: '2.5 h' },
  { attempt: 17, gapSeconds: 14400, gapAsDocumented: '4 h' },
  { attempt: 18, gapSeconds: 18000, gapAsDocumented: '5 h' },
  { attempt: 19, gapSeconds: 28800, gapAsDocumented: '8 h' },
  { attempt: 20, gapSeconds: 43200, gapAsDocumented: '12 h' },
];

/** What the documentation's table says the schedule adds up to. The exact sum is 130,335 s. */
export const statedScheduleTotal = '36 h';

/**
 * The documentation contradicts its own table: the tool shows both readings instead of picking one.
 */
export const retryConflict = {
  table: 'The retry table lists 20 attempts and says they take 36 hours in total.',
  month:
    'The same page also says the gaps keep growing until a month has passed, after which the callback is lost, and the TEST callback page says resending goes on "for a month".',
  advice:
    'Resurs’ documentation does not say which is right. Don’t rely on either: make sure your endpoint answers, and reconcile orders that never got their callback.',
  sources: [
    { label: 'Resurs docs: Callbacks', url: callbackDocsUrl },
    { label: 'Resurs docs: TEST callback', url: null },
  ],
} as const;

/**
 * Facts about an attempt that the documentation does not settle; the simulator states them as
 * assumptions.
 */
export const retryAssumptions = [
  'Times count from the first attempt. The docs don’t say whether a gap starts when an attempt begins or when it ends (after up to 5 seconds of waiting), so the simulator adds no waiting time.',
  'An answer that takes exactly 5 seconds sits on the limit; the docs don’t say which side wins, so the simulator counts it as timed out.',
] as const;
