import { callbackOrderCaveat } from '../../../../data/callback-flow.ts';
import type { ScenarioPosition } from '../../../../lib/callbacks/scenario.ts';

export interface Props {
  received: ScenarioPosition['received'];
}

/** The callbacks the shop has received so far in the scenario, in order. */
export function CallbackReceivedList({ received }: Props) {
  return (
    <div class="cb-received-block">
      <p class="cb-panel__eyebrow" id="cb-received-title">
        Callbacks your shop has received
      </p>
      {received.length === 0 ? (
        <p class="cb-hint">None yet.</p>
      ) : (
        <ol class="cb-received" aria-labelledby="cb-received-title" data-received>
          {received.map((item) => (
            <li key={`${item.event}-${item.step}`} data-received-event={item.event}>
              {item.event} <span class="cb-received__step">(step {item.step})</span>
            </li>
          ))}
        </ol>
      )}
      <p class="cb-hint">{callbackOrderCaveat}</p>
    </div>
  );
}
