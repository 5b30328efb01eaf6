import { retryConflict } from '../../data/retry-schedule.ts';
import type { RetryClockState } from './use-retry-clock.ts';

export interface Props {
  clock: RetryClockState;
}

/** The first attempt's local date and time and a time zone; says when the last attempt happens. */
export function CallbackRetryClock({ clock }: Props) {
  const { fields, update, browserZone, zones } = clock;
  const result = clock.clock;
  const errors = result.ok ? {} : result.error;
  const last = result.ok ? result.value?.attempts.at(-1) : undefined;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="cb-field cb-clock">
      <legend>On the clock (optional)</legend>
      <div class="cb-field">
        <label for="cb-clock-start">First attempt, local date and time</label>
        <input
          type="datetime-local"
          id="cb-clock-start"
          class="cb-input"
          step={1}
          value={fields.firstAttempt}
          onInput={(e) => update({ firstAttempt: value(e) })}
          aria-invalid={errors.start ? true : undefined}
        />
        {errors.start && <p class="cb-field-error">{errors.start}</p>}
      </div>
      <div class="cb-field">
        <label for="cb-clock-zone">Time zone (IANA name)</label>
        <input
          type="text"
          id="cb-clock-zone"
          class="cb-input"
          list="cb-clock-zones"
          autoComplete="off"
          spellcheck={false}
          placeholder={browserZone}
          value={fields.zone}
          onInput={(e) => update({ zone: value(e) })}
          aria-invalid={errors.zone ? true : undefined}
          aria-describedby="cb-clock-zone-help"
        />
        <datalist id="cb-clock-zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p class="cb-field-help" id="cb-clock-zone-help">
          Empty: your browser’s zone, {browserZone}.
        </p>
        {errors.zone && <p class="cb-field-error">{errors.zone}</p>}
      </div>
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
