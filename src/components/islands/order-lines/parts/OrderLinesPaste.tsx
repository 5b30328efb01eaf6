import type { PayloadShape } from '../../../../lib/order-lines/types.ts';

/** Props of OrderLinesPaste. */
export interface Props {
  idPrefix: string;
  text: string;
  /** Why the text could not be read, or ''. */
  error: string;
  /** The shape the text was read as (null: not pasted, the flow's JSON). */
  shape: PayloadShape | null;
  onPaste: (text: string) => void;
  onDiscard: () => void;
}

/** How a shape is described next to the paste box. */
function describeShape(shape: PayloadShape | null): string {
  if (!shape) return 'Shown as JSON; paste JSON or XML to replace the lines.';
  if (shape.format === 'xml') {
    return shape.container === 'paymentSpec' ? `Read as XML <${shape.element}>.` : 'Read as XML <specLines> elements.';
  }
  const where = shape.path.length > 0 ? ` at ${shape.path.join('.')}` : '';
  const what = {
    array: 'a JSON array of lines',
    specLines: 'JSON specLines',
    paymentSpec: 'a JSON paymentSpec',
    orderLines: 'Resurs Checkout orderLines',
  }[shape.container];
  return `Read as ${what}${where}.`;
}

/**
 * The paste box. It stays in sync with the table: a readable paste replaces the lines, an edit in
 * the table rewrites the box. Unreadable text is kept as typed, with the reason beside it.
 */
export function OrderLinesPaste({ idPrefix, text, error, shape, onPaste, onDiscard }: Props) {
  const id = `${idPrefix}-paste`;
  return (
    <div class="ol-paste">
      <label for={id} class="ol-field__label">
        Paste order lines (JSON or XML)
      </label>
      <p id={`${id}-hint`} class="ol-hint">
        A JSON array, <code>{'{ "specLines": [...] }'}</code>, a paymentSpec, Resurs Checkout <code>orderLines</code>,
        or SOAP XML with <code>&lt;paymentSpec&gt;</code> or <code>&lt;specLines&gt;</code>.{' '}
        {describeShape(error ? null : shape)}
      </p>
      <textarea
        id={id}
        class="ol-paste__text"
        rows={8}
        spellcheck={false}
        autocomplete="off"
        data-state="paste"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onInput={(e) => onPaste(e.currentTarget.value)}
      />
      {error && (
        <div id={`${id}-error`} class="ol-paste__error">
          <p>
            <span aria-hidden="true">✕ </span>
            {error}
          </p>
          <p>
            Your text is kept as typed; the table shows the last lines that could be read and is locked until the text
            is readable.{' '}
            <button type="button" class="button button--secondary button--small" onClick={onDiscard}>
              Discard the pasted text
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
