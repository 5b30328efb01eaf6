import { type VatCountryId, vatPresets } from '../../../../data/vat-rates.ts';
import { orderLineExamples } from '../../../../lib/order-lines/examples.ts';
import { flowById, flows } from '../../../../lib/order-lines/flows.ts';
import type { FlowId } from '../../../../lib/order-lines/types.ts';

/** Props of OrderLinesControls. */
export interface Props {
  /** Prefix for element ids, unique per tool on the page. */
  idPrefix: string;
  flow: FlowId;
  country: VatCountryId;
  onFlow: (flow: FlowId) => void;
  onCountry: (country: VatCountryId) => void;
  /** Called with an example id; leave out to hide the example buttons. */
  onExample?: (id: string) => void;
  /** Leave out the list of the country's rates (the embedded variant). */
  compact?: boolean;
}

/** The flow and country pickers, the flow's rule in one sentence, and the one-click examples. */
export function OrderLinesControls({ idPrefix, flow, country, onFlow, onCountry, onExample, compact = false }: Props) {
  const preset = vatPresets.find((p) => p.id === country);
  return (
    <div class="ol-controls">
      <div class="ol-controls__fields">
        <label class="ol-field">
          <span class="ol-field__label">Flow</span>
          <select
            id={`${idPrefix}-flow`}
            data-state="flow"
            value={flow}
            aria-describedby={`${idPrefix}-flow-note`}
            onChange={(e) => onFlow(e.currentTarget.value as FlowId)}
          >
            {flows.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label class="ol-field">
          <span class="ol-field__label">Country (VAT rates)</span>
          <select
            id={`${idPrefix}-country`}
            data-state="country"
            value={country}
            aria-describedby={`${idPrefix}-country-note`}
            onChange={(e) => onCountry(e.currentTarget.value as VatCountryId)}
          >
            {vatPresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.country} ({p.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${idPrefix}-flow-note`} class="ol-hint">
        {flowById(flow).note}
      </p>
      <p id={`${idPrefix}-country-note`} class={compact ? 'visually-hidden' : 'ol-hint'}>
        {preset?.country} rates: {preset?.rates.map((r) => `${r.rate}%`).join(', ')}, and 0% for VAT-free lines.
      </p>
      {onExample && (
        <fieldset class="ol-examples">
          <legend class="ol-field__label">Load an example</legend>
          <div class="ol-examples__buttons">
            {orderLineExamples.map((example) => (
              <button
                key={example.id}
                type="button"
                class="button button--secondary button--small"
                title={example.summary}
                onClick={() => onExample(example.id)}
              >
                {example.label}
              </button>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
