import { retryConflict } from '../../../../data/retry-schedule.ts';
import type { RetryClockState } from '../use-retry-clock.ts';
import { CallbackTextField } from './CallbackTextField.tsx';

export interface Props {
  clock: RetryClockState;
}

/** The first attempt's local date and time and a time zone; says when the last attempt happens. */
export function CallbackRetryClock({ clock }: Props) {
  const { fields, update, browserZone, zones } = clock;
  const result = clock.clock;
  const errors = result.ok ? {} : result.error;
  const last = result.ok ? result.value?.attempts.at(-1) : undefined;
  return (
    <fieldset class="cb-field cb-clock">
      <legend>On the clock (optional)</legend>
      <CallbackTextField
        id="cb-clock-start"
        label="First attempt, local date and time"
        type="datetime-local"
        step={1}
        state="firstAttempt"
        value={fields.firstAttempt}
        onInput={(firstAttempt) => update({ firstAttempt })}
        error={errors.start}
      />
      <CallbackTextField
        id="cb-clock-zone"
        label="Time zone (IANA name)"
        list="cb-clock-zones"
        placeholder={browserZone}
        state="zone"
        value={fields.zone}
        onInput={(zone) => update({ zone })}
        error={errors.zone}
        help={<>Empty: your browser’s zone, {browserZone}.</>}
      >
        <datalist id="cb-clock-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </CallbackTextField>
      <div role="status">
        {result.ok && result.value?.note && <p class="cb-verdict cb-verdict--warn">{result.value.note}</p>}
        {last && (
          <p class="cb-field-help" data-last-attempt={last.iso}>
            The last of the {last.attempt} attempts in the table: <strong>{last.local}</strong> ({last.iso}). But{' '}
            {retryConflict.month.charAt(0).toLowerCase() + retryConflict.month.slice(1)} So retries may go on for a
            month.
          </p>
        )}
      </div>
    </fieldset>
  );
}
