import type { Scenario } from '../../../../data/callback-flow.ts';
import type { ScenarioPosition } from '../../../../lib/callbacks/scenario.ts';
import { CallbackReceivedList } from './CallbackReceivedList.tsx';

export interface Props {
  scenarios: readonly Scenario[];
  scenario: Scenario | null;
  position: ScenarioPosition | null;
  onChoose: (id: string) => void;
  onStep: (step: number) => void;
  onStop: () => void;
}

/** Scenario choice (radio group), next/previous with buttons and arrow keys, and the received callbacks. */
export function CallbackScenarioStepper({ scenarios, scenario, position, onChoose, onStep, onStop }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!position) return;
    const target = {
      ArrowRight: position.step + 1,
      ArrowLeft: position.step - 1,
      Home: 1,
      End: position.total,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target >= 1 && target <= position.total) onStep(target);
  };
  return (
    <section class="cb-panel" aria-labelledby="cb-scenarios-title">
      <h3 id="cb-scenarios-title" class="cb-panel__eyebrow">
        Step through a scenario
      </h3>
      <fieldset class="cb-scenarios">
        <legend class="visually-hidden">Scenario</legend>
        {scenarios.map((s) => (
          <label key={s.id} class="cb-scenario">
            <input
              type="radio"
              name="cb-scenario"
              data-state="scenario"
              value={s.id}
              checked={scenario?.id === s.id}
              onChange={() => onChoose(s.id)}
            />
            <span>{s.title}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="cb-stepper" onKeyDown={onKeyDown}>
        <legend class="visually-hidden">Scenario steps</legend>
        {scenario && position ? (
          <>
            <p class="cb-hint">{scenario.summary}</p>
            <div class="cb-stepper__buttons">
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => position.step > 1 && onStep(position.step - 1)}
                aria-disabled={position.step <= 1 ? 'true' : undefined}
              >
                ← Previous
              </button>
              <button
                type="button"
                class="button button--small"
                onClick={() => position.step < position.total && onStep(position.step + 1)}
                aria-disabled={position.step >= position.total ? 'true' : undefined}
              >
                Next step →
              </button>
              <button type="button" class="cb-link-button" onClick={onStop}>
                Leave the scenario
              </button>
            </div>
            <div role="status" aria-live="polite">
              <p class="cb-stepper__count">
                Step {position.step} of {position.total}
              </p>
              <p class="cb-stepper__text">{position.text}</p>
            </div>
            <p class="cb-hint">Keys: ← and → step back and forth, Home and End jump to the ends.</p>
            <CallbackReceivedList received={position.received} />
          </>
        ) : (
          <p class="cb-hint">Choose a scenario to light up its path, one step at a time.</p>
        )}
      </fieldset>
    </section>
  );
}
