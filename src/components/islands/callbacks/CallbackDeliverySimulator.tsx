import { callbackTimeoutSeconds } from '../../../data/retry-schedule.ts';
import type { EndpointProblem } from '../../../lib/callbacks/retry-simulation.ts';
import { simulateDelivery } from '../../../lib/callbacks/retry-simulation.ts';
import {
  chooseProblemFields,
  endpointProblems,
  parseSimulatorFields,
  type SimulatorErrors,
} from '../../../lib/callbacks/simulator-input.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { CallbackRetryClock } from './parts/CallbackRetryClock.tsx';
import { CallbackRetryTimeline } from './parts/CallbackRetryTimeline.tsx';
import { useRetryClock } from './use-retry-clock.ts';

export interface Props {
  base: string;
}

/** The simulator's URL parameters and their defaults. */
const defaults = {
  problem: 'down',
  duration: '2',
  unit: 'h',
  never: '',
  answer: '8',
  status: '500',
  firstAttempt: '',
  zone: '',
};

const problemLabels: Record<EndpointProblem, string> = {
  down: 'It is down: no connection',
  slow: `It answers, but slower than ${callbackTimeoutSeconds} seconds`,
  redirect: 'It answers with a redirect',
  status: 'It answers with an error status, such as 500',
};

/** The problems in the order lib offers them, with their labels. */
const problems = endpointProblems.map((id) => ({ id, label: problemLabels[id] }));

function FieldError({ id, errors, field }: { id: string; errors: SimulatorErrors; field: keyof SimulatorErrors }) {
  const message = errors[field];
  return message ? (
    <p class="cb-field-error" id={id}>
      {message}
    </p>
  ) : null;
}

/** "My endpoint was down for …": replays Resurs' retry schedule and says which attempt gets through. */
export default function CallbackDeliverySimulator({ base }: Props) {
  const tool = useToolState(flatToolState(defaults));
  const fields = tool.state;
  const update = (patch: Partial<typeof defaults>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const clock = useRetryClock(fields, update);
  const parsed = parseSimulatorFields(fields);
  const errors: SimulatorErrors = parsed.ok ? {} : parsed.error;
  const input = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const invalid = (field: keyof SimulatorErrors) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `cb-sim-${field}-error` } : {};
  const chooseProblem = (problem: string) => update(chooseProblemFields(problem, fields.status));
  return (
    <div class="cb-tool cb-simulator" data-callbacks-tool="delivery" {...tool.rootProps}>
      <form class="cb-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="cb-field">
          <legend>What goes wrong at your endpoint?</legend>
          {problems.map((p) => (
            <label key={p.id} class="cb-choice">
              <input
                type="radio"
                name="cb-problem"
                data-state="problem"
                value={p.id}
                checked={fields.problem === p.id}
                onChange={() => chooseProblem(p.id)}
              />
              {p.label}
            </label>
          ))}
          <FieldError id="cb-sim-problem-error" errors={errors} field="problem" />
        </fieldset>
        {fields.problem === 'slow' && (
          <div class="cb-field">
            <label for="cb-sim-answer">It answers after (seconds)</label>
            <input
              type="text"
              id="cb-sim-answer"
              class="cb-input cb-input--short"
              inputMode="decimal"
              autoComplete="off"
              data-state="answer"
              value={fields.answer}
              onInput={(e) => update({ answer: input(e) })}
              {...invalid('answer')}
            />
            <FieldError id="cb-sim-answer-error" errors={errors} field="answer" />
          </div>
        )}
        {(fields.problem === 'redirect' || fields.problem === 'status') && (
          <div class="cb-field">
            <label for="cb-sim-status">HTTP status it answers with</label>
            <input
              type="text"
              id="cb-sim-status"
              class="cb-input cb-input--short"
              inputMode="numeric"
              autoComplete="off"
              data-state="status"
              value={fields.status}
              onInput={(e) => update({ status: input(e) })}
              {...invalid('status')}
            />
            <FieldError id="cb-sim-status-error" errors={errors} field="status" />
          </div>
        )}
        <fieldset class="cb-field">
          <legend>For how long, from the first attempt?</legend>
          <div class="cb-inline">
            <input
              type="text"
              aria-label="How long"
              class="cb-input cb-input--short"
              inputMode="decimal"
              autoComplete="off"
              data-state="duration"
              value={fields.duration}
              disabled={fields.never === '1'}
              onInput={(e) => update({ duration: input(e) })}
              {...invalid('duration')}
            />
            <select
              aria-label="Unit"
              class="cb-input cb-input--short"
              data-state="unit"
              value={fields.unit}
              disabled={fields.never === '1'}
              onChange={(e) => update({ unit: input(e) })}
              {...invalid('unit')}
            >
              <option value="s">seconds</option>
              <option value="min">minutes</option>
              <option value="h">hours</option>
              <option value="d">days</option>
            </select>
          </div>
          <label class="cb-choice">
            <input
              type="checkbox"
              data-state="never"
              checked={fields.never === '1'}
              onChange={(e) => update({ never: (e.currentTarget as HTMLInputElement).checked ? '1' : '' })}
            />
            It never recovers
          </label>
          <FieldError id="cb-sim-duration-error" errors={errors} field="duration" />
          <FieldError id="cb-sim-unit-error" errors={errors} field="unit" />
        </fieldset>
        <CallbackRetryClock clock={clock} />
      </form>
      <div class="cb-tool__out">
        <PendingNote
          live={tool.live}
          example="Example result for the settings shown first (down for 2 hours)."
          withoutJs="The retry schedule in the answer about how long Resurs waits still applies."
        />
        <div data-tool-output>
          {parsed.ok ? (
            <CallbackRetryTimeline
              simulation={simulateDelivery(parsed.value)}
              slow={parsed.value.problem === 'slow'}
              base={base}
              clock={clock.clock.ok ? clock.clock.value?.attempts : undefined}
            />
          ) : (
            <div class="cb-verdict cb-verdict--warn" role="status" data-verdict="invalid">
              <p>Fix the highlighted field to see the attempts.</p>
            </div>
          )}
        </div>
        <div class="cb-toolbar">
          <ToolShare
            params={tool.params}
            defaults={defaults}
            embedded={false}
            what="this simulation"
            live={tool.live}
          />
        </div>
      </div>
    </div>
  );
}
