import type { OrderSpec } from '../../../../lib/order-lines/types.ts';

/** Props of OrderLinesSpecTotals. */
export interface Props {
  idPrefix: string;
  spec: OrderSpec;
  marks: ReadonlyMap<string, { severity: 'error' | 'warning'; ids: string[] }>;
  disabled: boolean;
  onChange: (field: 'totalAmount' | 'totalVatAmount', value: string) => void;
}

/** The id of a paymentSpec total's input. */
export function specTotalId(idPrefix: string, field: 'totalAmount' | 'totalVatAmount'): string {
  return `${idPrefix}-spec-${field}`;
}

/** The paymentSpec totals as sent; empty when the payload has none. */
export function OrderLinesSpecTotals({ idPrefix, spec, marks, disabled, onChange }: Props) {
  return (
    <fieldset class="ol-spec-totals" disabled={disabled}>
      <legend>Payment totals sent (paymentSpec)</legend>
      {(['totalAmount', 'totalVatAmount'] as const).map((field) => {
        const mark = marks.get(`spec:${field}`);
        return (
          <label key={field} class="ol-field">
            <span class="ol-field__label">{field}</span>
            <input
              id={specTotalId(idPrefix, field)}
              type="text"
              inputMode="decimal"
              autocomplete="off"
              class={`ol-cell ol-cell--num${mark ? ` ol-cell--${mark.severity}` : ''}`}
              data-state={`total:${field}`}
              value={spec[field]}
              aria-invalid={mark?.severity === 'error' ? 'true' : undefined}
              aria-describedby={[`${idPrefix}-spec-hint`, ...(mark?.ids ?? [])].join(' ')}
              onInput={(e) => onChange(field, e.currentTarget.value)}
            />
          </label>
        );
      })}
      <p id={`${idPrefix}-spec-hint`} class="ol-hint">
        Leave empty when you send only lines. totalAmount is the sum of the lines including VAT.
      </p>
    </fieldset>
  );
}
