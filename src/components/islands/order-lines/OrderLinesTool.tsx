import { useEffect, useMemo, useState } from 'preact/hooks';
import { findingMarks } from '../../../lib/order-lines/finding-marks.ts';
import { buildFixes } from '../../../lib/order-lines/fixes.ts';
import { flowById } from '../../../lib/order-lines/flows.ts';
import { verdictHeadline } from '../../../lib/order-lines/headline.ts';
import { defaultShape } from '../../../lib/order-lines/serialise.ts';
import type { FindingTarget } from '../../../lib/order-lines/types.ts';
import { validateOrderLines } from '../../../lib/order-lines/validate.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { embedMarkers, fullToolLink, ToolShare } from '../shared/ToolShare.tsx';
import { OrderLinesControls } from './parts/OrderLinesControls.tsx';
import { OrderLinesFindings, OrderLinesVerdictLink } from './parts/OrderLinesFindings.tsx';
import { OrderLinesFixes } from './parts/OrderLinesFixes.tsx';
import { OrderLinesPaste } from './parts/OrderLinesPaste.tsx';
import { cellId } from './parts/OrderLinesRow.tsx';
import { OrderLinesSpecTotals, specTotalId } from './parts/OrderLinesSpecTotals.tsx';
import { OrderLinesTable } from './parts/OrderLinesTable.tsx';
import { OrderLinesTotals } from './parts/OrderLinesTotals.tsx';
import { orderLinesDefaults, useOrderLinesState } from './use-order-lines-state.ts';

/** Props of OrderLinesTool. */
export interface Props {
  /** The compact variant inside an FAQ answer: no URL writing, editing folded away. */
  embedded?: boolean;
  /** The example to start from (the full tool starts from its default and the URL). */
  example?: string;
  /** The site's base path, for "Open in the full tool". */
  base?: string;
}

const ROWS = 50;
const FINDINGS = 100;

/** The order-line validator: input, verdict and findings, corrections, totals and a link. */
export default function OrderLinesTool({ embedded = false, example, base = import.meta.env.BASE_URL }: Props) {
  const [tool, dispatch] = useOrderLinesState(embedded, example);
  const state = tool.state;
  const [rowLimit, setRowLimit] = useState(ROWS);
  const [findingLimit, setFindingLimit] = useState(FINDINGS);
  const [editOpen, setEditOpen] = useState(!embedded);
  const [focusId, setFocusId] = useState('');
  const p = embedded ? 'ole' : 'ol';
  const H = embedded ? 'h4' : 'h2';
  const flow = flowById(state.flow);
  const shape = state.shape ?? defaultShape(state.flow);
  const options = { flow: state.flow, country: state.country, shape };
  const validation = useMemo(
    () => validateOrderLines(state.spec, options),
    [state.spec, state.flow, state.country, state.shape],
  );
  const fixes = useMemo(
    () => buildFixes(state.spec, options, validation),
    [validation, state.spec, state.flow, state.country, state.shape],
  );
  const verdict = state.pasteError ? 'invalid' : validation.verdict;
  const toolPath = joinBase(base, '/tools/order-lines/');

  const marks = useMemo(() => findingMarks(validation.findings, findingLimit, p), [validation, findingLimit, p]);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId('');
  }, [focusId]);

  const goTo = (target: FindingTarget) => {
    setEditOpen(true);
    if (target.kind === 'line' && target.line >= rowLimit) setRowLimit(state.spec.lines.length);
    setFocusId(target.kind === 'line' ? cellId(p, target.line, target.field) : specTotalId(p, target.field));
  };

  const editor = (
    <>
      <OrderLinesPaste
        idPrefix={p}
        text={state.pasteText}
        error={state.pasteError}
        shape={state.shape}
        onPaste={(text) => dispatch({ type: 'paste', text })}
        onDiscard={() => dispatch({ type: 'discard-paste' })}
      />
      {!embedded && (
        <OrderLinesVerdictLink verdict={verdict} findings={validation.findings} target={`${p}-findings-title`} />
      )}
      <OrderLinesTable
        idPrefix={p}
        lines={state.spec.lines}
        flow={flow}
        marks={marks}
        limit={rowLimit}
        disabled={Boolean(state.pasteError)}
        onEdit={(line, field, value) => dispatch({ type: 'edit', line, field, value })}
        onMove={(line, by) => dispatch({ type: 'move', line, by })}
        onRemove={(line) => dispatch({ type: 'remove', line })}
        onAdd={() => dispatch({ type: 'add' })}
        onShowAll={() => setRowLimit(state.spec.lines.length)}
      />
      <OrderLinesSpecTotals
        idPrefix={p}
        spec={state.spec}
        marks={marks}
        disabled={Boolean(state.pasteError)}
        onChange={(field, value) => dispatch({ type: 'totals', field, value })}
      />
    </>
  );

  return (
    <div
      class={`ol-tool${embedded ? ' ol-tool--embedded' : ''}`}
      data-order-lines={embedded ? 'embedded' : 'full'}
      {...tool.rootProps}
      {...embedMarkers(
        embedded,
        tool.changed,
        verdictHeadline(verdict, validation.findings).text,
        fullToolLink(toolPath, tool.params, orderLinesDefaults).href,
      )}
    >
      <OrderLinesControls
        idPrefix={p}
        flow={state.flow}
        country={state.country}
        onFlow={(value) => dispatch({ type: 'flow', flow: value })}
        onCountry={(value) => dispatch({ type: 'country', country: value })}
        compact={embedded}
        onExample={(id: string) => dispatch({ type: 'example', id })}
      />
      {embedded ? (
        <details class="ol-edit" open={editOpen} onToggle={(e) => setEditOpen(e.currentTarget.open)}>
          <summary>Edit or paste the lines ({state.spec.lines.length})</summary>
          {editor}
        </details>
      ) : (
        <section aria-labelledby={`${p}-lines-title`}>
          <H id={`${p}-lines-title`}>Order lines</H>
          {editor}
        </section>
      )}
      <section aria-labelledby={`${p}-findings-title`}>
        <H id={`${p}-findings-title`}>What Resurs will do</H>
        <PendingNote
          live={tool.live}
          keepExample={!embedded && !tool.changed}
          example="Example verdict for the example lines shown first."
          withoutJs="The rules in the answer about discounts in hosted flow still apply."
        />
        <div data-tool-output>
          <OrderLinesFindings
            idPrefix={p}
            verdict={verdict}
            findings={validation.findings}
            lines={state.spec.lines}
            pasteError={state.pasteError}
            notes={[...state.notes, ...validation.notes]}
            limit={findingLimit}
            onShowAll={() => setFindingLimit(validation.findings.length)}
            onGoTo={goTo}
          />
        </div>
        <ToolShare
          params={tool.params}
          defaults={orderLinesDefaults}
          embedded={embedded}
          toolPath={toolPath}
          what="exactly this check"
          live={tool.live}
          hint={
            embedded
              ? 'The full tool explains every rule and gives you a link to send.'
              : 'The link holds the lines, flow and country, so it shows exactly this check.'
          }
        />
      </section>
      {verdict !== 'invalid' && (
        <section aria-labelledby={`${p}-fixes-title`} data-tool-output>
          <H id={`${p}-fixes-title`}>Corrections</H>
          <OrderLinesFixes
            idPrefix={p}
            fixes={fixes}
            verdict={verdict}
            spec={state.spec}
            shape={shape}
            pasted={state.shape !== null}
            onApply={(spec) => dispatch({ type: 'apply', spec })}
            adopted={tool.typed.get('fix') ?? ''}
          />
        </section>
      )}
      {!embedded && (
        <section aria-labelledby={`${p}-totals-title`} data-tool-output>
          <H id={`${p}-totals-title`}>Totals per VAT rate</H>
          <OrderLinesTotals totals={validation.totals} caption="As Resurs computes them from the row totals" />
        </section>
      )}
    </div>
  );
}
