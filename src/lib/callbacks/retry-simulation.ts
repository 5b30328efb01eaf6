import Big from 'big.js';
import {
  callbackTimeoutSeconds,
  deliveredBelowStatus,
  type RetryAttempt,
  retrySchedule,
} from '../../data/retry-schedule.ts';

/** How the endpoint misbehaves. */
export type EndpointProblem = 'down' | 'slow' | 'redirect' | 'status';

/** A validated simulator question: "my endpoint <problem> for <duration>". */
export interface DeliveryQuestion {
  problem: EndpointProblem;
  /** How long the problem lasts, from the first attempt; null: it never recovers. */
  durationSeconds: Big | null;
  /** For 'slow': how long the endpoint takes to answer. */
  answerSeconds: Big;
  /** For 'redirect' and 'status': the HTTP status it answers with. */
  status: number;
}

/** What happened to one attempt. */
export interface AttemptOutcome {
  attempt: number;
  gapSeconds: number;
  /** Seconds after the first attempt. */
  atSeconds: number;
  outcome: 'failed' | 'delivered' | 'not-sent';
  reason: string;
}

/** The outcome of all attempts of the schedule. */
export interface DeliverySimulation {
  attempts: AttemptOutcome[];
  /** The attempt that got through, or null when every attempt failed. */
  delivered: AttemptOutcome | null;
  /** Every attempt of the table failed: by the table, Resurs gives up. */
  gaveUp: boolean;
  /** Seconds from the first to the last attempt of the table. */
  scheduleSeconds: number;
  /** Why an attempt fails while the problem lasts, or null when the answer counts as delivered anyway. */
  failureReason: string | null;
}

/** Seconds from the first attempt to each attempt, in order. Never throws. */
export function attemptOffsets(schedule: readonly RetryAttempt[] = retrySchedule): number[] {
  let at = 0;
  return schedule.map((row) => {
    at += row.gapSeconds;
    return at;
  });
}

/** Seconds from the first attempt to the last one (130,335 for the documented table). Never throws. */
export function scheduleTotalSeconds(schedule: readonly RetryAttempt[] = retrySchedule): number {
  return schedule.reduce((sum, row) => sum + row.gapSeconds, 0);
}

/**
 * Why an attempt fails while the problem lasts, by Resurs' rules (status below 300 is delivered,
 * redirects are not followed, 5-second timeout), or null when the answer counts as delivered.
 * Never throws.
 */
export function failureReason(question: DeliveryQuestion): string | null {
  switch (question.problem) {
    case 'down':
      return 'no connection: the endpoint is down';
    case 'slow':
      return question.answerSeconds.gte(callbackTimeoutSeconds)
        ? `no answer within ${callbackTimeoutSeconds} seconds: timed out`
        : null;
    case 'redirect':
      return `HTTP ${question.status}: redirects are not followed`;
    case 'status':
      return question.status < deliveredBelowStatus
        ? null
        : `HTTP ${question.status}: only a status below ${deliveredBelowStatus} counts as delivered`;
  }
}

/**
 * Replays the documented retry schedule against an endpoint that misbehaves from the first
 * attempt for `durationSeconds` (an attempt at the very second it recovers gets through).
 * Never throws.
 */
export function simulateDelivery(
  question: DeliveryQuestion,
  schedule: readonly RetryAttempt[] = retrySchedule,
): DeliverySimulation {
  const reason = failureReason(question);
  const offsets = attemptOffsets(schedule);
  let delivered: AttemptOutcome | null = null;
  const attempts = schedule.map((row, i): AttemptOutcome => {
    const atSeconds = offsets[i]!;
    const base = { attempt: row.attempt, gapSeconds: row.gapSeconds, atSeconds };
    if (delivered) return { ...base, outcome: 'not-sent', reason: `attempt ${delivered.attempt} already got through` };
    const stillFailing =
      reason !== null && (question.durationSeconds === null || new Big(atSeconds).lt(question.durationSeconds));
    if (stillFailing) return { ...base, outcome: 'failed', reason };
    delivered = {
      ...base,
      outcome: 'delivered',
      reason: reason === null ? 'the answer counts as delivered' : 'the endpoint answers normally again',
    };
    return delivered;
  });
  return {
    attempts,
    delivered,
    gaveUp: delivered === null,
    scheduleSeconds: scheduleTotalSeconds(schedule),
    failureReason: reason,
  };
}
