import { useEffect, useState } from 'preact/hooks';
import type { FlowInfo } from '../../../../lib/order-lines/flows.ts';
import { numericFields } from '../../../../lib/order-lines/line-math.ts';
import { type LineField, lineFields, type OrderLine } from '../../../../lib/order-lines/types.ts';
import { groupDigits } from '../../../../lib/shared/count.ts';
import { OrderLinesRow } from './OrderLinesRow.tsx';

/** Props of OrderLinesTable. */
export interface Props {
  idPrefix: string;
  lines: readonly OrderLine[];
  flow: FlowInfo;
  /** Severity per cell, keyed "line:field" (line from 0). */
  marks: ReadonlyMap<string, { severity: 'error' | 'warning'; ids: string[] }>;
  /** How many rows to show (the rest behind "Show all"). */
  limit: number;
  disabled: boolean;
  onEdit: (line: number, field: LineField, value: string) => void;
  onMove: (line: number, by: -1 | 1) => void;
  onRemove: (line: number) => void;
  onAdd: () => void;
  onShowAll: () => void;
}

const NUMERIC = new Set<string>(numericFields);

/** The editable table of order lines, with keyboard-operable add, remove and move buttons. */
export function OrderLinesTable(props: Props) {
  const { idPrefix, lines, flow, marks, limit, disabled } = props;
  const [focus, setFocus] = useState<string | null>(null);
  const fields: LineField[] = [
    ...(flow.hasLineType ? (['type'] as const) : []),
    ...(flow.linesName === 'specLines' ? (['id'] as const) : []),
    ...lineFields.filter((field) => field !== 'id' && field !== 'type' && field !== 'deliveryDate'),
  ];
  const header = (field: LineField) =>
    flow.linesName === 'orderLines' && field === 'totalAmount' ? 'totalAmountWithVat' : field;

  // After a move or removal, keep keyboard focus on the matching button of the line's new place.
  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus) as HTMLButtonElement | null;
    const fallback = document.getElementById(`${idPrefix}-add`);
    (target && !target.disabled ? target : fallback)?.focus();
    setFocus(null);
  }, [focus, idPrefix]);

  const move = (line: number, by: -1 | 1) => {
    props.onMove(line, by);
    const to = line + by;
    const edge = (by === -1 && to === 0) || (by === 1 && to === lines.length - 1);
    setFocus(`${idPrefix}-${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}-${to}`);
  };
  const remove = (line: number) => {
    props.onRemove(line);
    setFocus(lines.length > 1 ? `${idPrefix}-remove-${Math.min(line, lines.length - 2)}` : `${idPrefix}-add`);
  };

  return (
    <fieldset class="ol-table-wrap" disabled={disabled}>
      <legend class="visually-hidden">Order lines</legend>
      <div class="table-scroll ol-table-scroll">
        <table class="ol-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              {fields.map((field) => (
                <th key={field} scope="col" class={NUMERIC.has(field) ? 'ol-num' : undefined}>
                  {header(field)}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.slice(0, limit).map((line, index) => (
              <OrderLinesRow
                // Rows are positions: after a move, each row shows the line now at its place.
                key={index}
                idPrefix={idPrefix}
                line={line}
                index={index}
                last={index === lines.length - 1}
                fields={fields}
                header={header}
                marks={marks}
                onEdit={props.onEdit}
                onMove={move}
                onRemove={remove}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div class="ol-table-actions">
        <button
          type="button"
          id={`${idPrefix}-add`}
          class="button button--secondary button--small"
          onClick={props.onAdd}
        >
          <span aria-hidden="true">+</span> Add line
        </button>
        {lines.length > limit && (
          <button type="button" class="button button--secondary button--small" onClick={props.onShowAll}>
            Show all {groupDigits(lines.length)} lines ({groupDigits(lines.length - limit)} hidden)
          </button>
        )}
        {lines.length === 0 && <span class="ol-hint">No lines yet: add one or paste a payload.</span>}
      </div>
    </fieldset>
  );
}
