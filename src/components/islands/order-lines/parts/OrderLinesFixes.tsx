import { useEffect, useState } from 'preact/hooks';
import type { FixOption } from '../../../../lib/order-lines/fixes.ts';
import { serialisePayload } from '../../../../lib/order-lines/serialise.ts';
import type { OrderSpec, PayloadShape, Verdict } from '../../../../lib/order-lines/types.ts';
import { countOf } from '../../../../lib/shared/count.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';
import { OrderLinesTotals } from './OrderLinesTotals.tsx';

/** Props of OrderLinesFixes. */
export interface Props {
  idPrefix: string;
  fixes: readonly FixOption[];
  verdict: Verdict;
  spec: OrderSpec;
  shape: PayloadShape;
  /** Whether the shape came from a paste (else it is the flow's usual JSON). */
  pasted: boolean;
  onApply: (spec: OrderSpec) => void;
  /** The correction chosen before the tool hydrated ('' if none), adopted once. */
  adopted?: string;
}

function formatName(shape: PayloadShape, pasted: boolean): string {
  const name =
    shape.format === 'xml' ? `XML <${shape.container === 'paymentSpec' ? shape.element : 'specLines'}>` : 'JSON';
  return pasted ? `${name}, the format of the input` : name;
}

/**
 * The corrections: for a hosted-flow discount with VAT, both documented ways with their
 * consequences and totals per VAT rate before and after; otherwise "recompute from the row totals".
 * Each can be applied to the table or copied in the pasted format.
 */
export function OrderLinesFixes({ idPrefix, fixes, verdict, spec, shape, pasted, onApply, adopted = '' }: Props) {
  const [chosen, setChosen] = useState<string>('');
  useEffect(() => {
    if (adopted) setChosen(adopted);
  }, [adopted]);
  const selected = fixes.find((f) => f.id === chosen) ?? fixes[0];
  const format = formatName(shape, pasted);
  if (!selected) {
    return (
      <div class="ol-fixes">
        <p>
          {verdict === 'errors'
            ? 'No automatic correction for these problems: change the fields named above.'
            : 'Nothing to correct.'}
        </p>
        <CopyButton
          text={() => serialisePayload(spec, shape)}
          label="Copy payload"
          ariaLabel={`Copy payload (${format})`}
        />
      </div>
    );
  }
  return (
    <div class="ol-fixes">
      {fixes.length > 1 && (
        <fieldset class="ol-fix-choice">
          <legend>How to correct the discount</legend>
          {fixes.map((fix) => (
            <label key={fix.id} class="ol-fix-choice__option">
              <input
                type="radio"
                name={`${idPrefix}-fix`}
                data-state="fix"
                value={fix.id}
                checked={fix === selected}
                onChange={() => setChosen(fix.id)}
              />
              {fix.title}
              {!fix.result.ok && <span class="ol-muted"> (not possible here)</span>}
            </label>
          ))}
        </fieldset>
      )}
      <section class="ol-fix card" aria-label={selected.title} data-fix={selected.id}>
        {fixes.length === 1 && <p class="ol-fix__title">{selected.title}</p>}
        {selected.result.ok ? (
          <>
            <ul class="ol-fix__consequences">
              {selected.consequences.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <div class="ol-fix__totals">
              <OrderLinesTotals totals={selected.before} caption="Before" compact />
              {selected.after && <OrderLinesTotals totals={selected.after} caption="After" compact />}
            </div>
            {selected.changes.length > 0 && (
              <details class="ol-fix__changes">
                <summary>What changes ({selected.changes.length})</summary>
                <ul>
                  {selected.changes.slice(0, 200).map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </details>
            )}
            {selected.remaining.length > 0 && (
              <p class="ol-fix__remaining">
                <span aria-hidden="true">! </span>
                {countOf(selected.remaining.length, 'error remains', 'errors remain')} that only you can fix:{' '}
                {[...new Set(selected.remaining.map((f) => f.rule))].join(', ')}.
              </p>
            )}
            <div class="ol-fix__actions">
              <button
                type="button"
                class="button button--small"
                onClick={() => selected.result.ok && onApply(selected.result.value)}
              >
                Apply to the table
              </button>
              <CopyButton
                text={() => (selected.result.ok ? serialisePayload(selected.result.value, shape) : '')}
                label="Copy corrected payload"
              />
              <span class="ol-hint">{format}</span>
            </div>
          </>
        ) : (
          <p>{selected.result.error}</p>
        )}
      </section>
    </div>
  );
}
