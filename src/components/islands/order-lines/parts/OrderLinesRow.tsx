import { numericFields } from '../../../../lib/order-lines/line-math.ts';
import { type LineField, lineTypes, type OrderLine } from '../../../../lib/order-lines/types.ts';

/** Props of OrderLinesRow. */
export interface Props {
  idPrefix: string;
  line: OrderLine;
  /** Position from 0. */
  index: number;
  /** Whether this is the last line (its "down" button is disabled). */
  last: boolean;
  fields: readonly LineField[];
  /** The column header of a field (RCO calls totalAmount totalAmountWithVat). */
  header: (field: LineField) => string;
  marks: ReadonlyMap<string, { severity: 'error' | 'warning'; ids: string[] }>;
  onEdit: (line: number, field: LineField, value: string) => void;
  onMove: (line: number, by: -1 | 1) => void;
  onRemove: (line: number) => void;
}

const NUMERIC = new Set<string>(numericFields);

/** The id of a cell's input, so findings can move focus to it. */
export function cellId(idPrefix: string, line: number, field: LineField): string {
  return `${idPrefix}-cell-${line}-${field}`;
}

/** One editable order line: a labelled input per field, then move and remove buttons. */
export function OrderLinesRow({ idPrefix, line, index, last, fields, header, marks, onEdit, onMove, onRemove }: Props) {
  const n = index + 1;
  return (
    <tr>
      <th scope="row">{n}</th>
      {fields.map((field) => {
        const mark = marks.get(`${index}:${field}`);
        const common = {
          id: cellId(idPrefix, index, field),
          'aria-label': `${header(field)}, line ${n}`,
          'aria-invalid': mark?.severity === 'error' ? ('true' as const) : undefined,
          'aria-describedby': mark ? mark.ids.join(' ') : undefined,
          class: `ol-cell${NUMERIC.has(field) ? ' ol-cell--num' : ''}${mark ? ` ol-cell--${mark.severity}` : ''}`,
        };
        const unknownType = line.type && !(lineTypes as readonly string[]).includes(line.type) ? [line.type] : [];
        return (
          <td key={field} class={field === 'description' ? 'ol-td-wide' : undefined}>
            {field === 'type' ? (
              <select
                {...common}
                data-state={`cell:${index}:type`}
                value={line.type}
                onChange={(e) => onEdit(index, 'type', e.currentTarget.value)}
              >
                <option value="">(none)</option>
                {[...lineTypes, ...unknownType].map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type="text"
                inputMode={NUMERIC.has(field) ? 'decimal' : undefined}
                autocomplete="off"
                spellcheck={false}
                data-state={`cell:${index}:${field}`}
                value={line[field]}
                onInput={(e) => onEdit(index, field, e.currentTarget.value)}
              />
            )}
          </td>
        );
      })}
      <td class="ol-row-actions">
        <button
          type="button"
          id={`${idPrefix}-up-${index}`}
          class="ol-icon-button"
          aria-label={`Move line ${n} up`}
          disabled={index === 0}
          onClick={() => onMove(index, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={`${idPrefix}-down-${index}`}
          class="ol-icon-button"
          aria-label={`Move line ${n} down`}
          disabled={last}
          onClick={() => onMove(index, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          id={`${idPrefix}-remove-${index}`}
          class="ol-icon-button ol-icon-button--remove"
          aria-label={`Remove line ${n}`}
          onClick={() => onRemove(index)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
}
