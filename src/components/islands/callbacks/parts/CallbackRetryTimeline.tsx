import { callbackTimeoutSeconds, retryConflict, statedScheduleTotal } from '../../../../data/retry-schedule.ts';
import { formatDuration } from '../../../../lib/callbacks/duration.ts';
import type { ClockedAttempt } from '../../../../lib/callbacks/retry-clock.ts';
import type { DeliverySimulation } from '../../../../lib/callbacks/retry-simulation.ts';
import { joinBase } from '../../../../lib/site/paths.ts';

export interface Props {
  simulation: DeliverySimulation;
  /** Whether the endpoint was slow (the work may have run anyway). */
  slow: boolean;
  base: string;
  /** The attempts on the clock, when a first attempt's date and time is given. */
  clock?: readonly ClockedAttempt[] | undefined;
}

const icon = { failed: '✗', delivered: '✓', 'not-sent': '–' } as const;

function Verdict({ simulation }: { simulation: DeliverySimulation }) {
  const { delivered, scheduleSeconds } = simulation;
  if (delivered && delivered.attempt === 1) {
    return (
      <div class="cb-verdict cb-verdict--ok" role="status" data-verdict="delivered">
        <p>✓ Delivered on the first attempt: {delivered.reason}.</p>
      </div>
    );
  }
  if (delivered) {
    return (
      <div class="cb-verdict cb-verdict--ok" role="status" data-verdict="delivered">
        <p>
          ✓ Attempt {delivered.attempt} gets through, {formatDuration(delivered.atSeconds)} after the first attempt,
          after {delivered.attempt - 1} failed attempts.
        </p>
      </div>
    );
  }
  return (
    <div class="cb-verdict cb-verdict--bad" role="status" data-verdict="gave-up">
      <p>
        ✗ All {simulation.attempts.length} attempts fail. By the documented table, Resurs makes its last attempt{' '}
        {formatDuration(scheduleSeconds)} after the first (the table itself says “{statedScheduleTotal}”) and then gives
        up.
      </p>
      <p>
        But the documentation conflicts: {retryConflict.month} If that is right, later attempts may still come; the docs
        give no gaps after attempt {simulation.attempts.length}.
      </p>
    </div>
  );
}

/** The verdict and the 20 attempts of the retry schedule, each marked failed, delivered or not sent. */
export function CallbackRetryTimeline({ simulation, slow, base, clock }: Props) {
  return (
    <div class="cb-simulation">
      <Verdict simulation={simulation} />
      {slow && simulation.failureReason && (
        <p class="cb-field-help">
          A slow endpoint usually still does its work after the {callbackTimeoutSeconds} seconds; Resurs counts a
          failure all the same and sends the callback again, so your handler may run several times. That fits the
          repeated BOOKED notes in{' '}
          <a href={joinBase(base, '/faq/#slow-callbacks-in-magento-2')}>Slow callbacks in Magento 2</a>. Make your
          handler safe to run twice, and answer before doing slow work.
        </p>
      )}
      <ol class="cb-timeline" aria-label="Delivery attempts">
        {simulation.attempts.map((a, i) => (
          <li
            key={a.attempt}
            class="cb-attempt"
            data-attempt={a.attempt}
            data-outcome={a.outcome}
            data-at={clock?.[i]?.iso}
          >
            <span class="cb-attempt__number">Attempt {a.attempt}</span>
            <span class="cb-attempt__time">
              at {formatDuration(a.atSeconds)}
              {a.attempt > 1 && <span class="cb-gap-note"> (+{formatDuration(a.gapSeconds)})</span>}
              {clock?.[i] && (
                <>
                  {', '}
                  <time class="cb-attempt__clock" dateTime={clock[i].iso}>
                    {clock[i].local}
                  </time>
                </>
              )}
            </span>
            <span class="cb-attempt__outcome">
              <span class="cb-attempt__icon" aria-hidden="true">
                {icon[a.outcome]}
              </span>
              {a.outcome === 'failed'
                ? `Fails: ${a.reason}`
                : a.outcome === 'delivered'
                  ? `Delivered: ${a.reason}`
                  : `Not sent: ${a.reason}`}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
