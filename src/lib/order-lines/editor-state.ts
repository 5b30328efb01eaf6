import { isVatCountryId, type VatCountryId } from '../../data/vat-rates.ts';
import { emptyLine } from './empty-line.ts';
import { exampleById } from './examples.ts';
import { isFlowId } from './flows.ts';
import { readPayload } from './read-payload.ts';
import { defaultShape, serialisePayload } from './serialise.ts';
import { type FlowId, type LineField, lineFields, type OrderSpec, type PayloadShape } from './types.ts';
import { decodeState, encodeLines, type ToolState, type UrlParam } from './url-codec.ts';

/** The tool's whole state: what the URL keeps plus the paste box and its messages. */
export interface EditorState extends ToolState {
  /** The paste box's text, exactly as typed or pasted. */
  pasteText: string;
  /** Why the paste box's text could not be read ('' when it could). */
  pasteError: string;
  /** What the reader ignored or assumed, and notes about the link. */
  notes: string[];
}

/** Everything a user can do. */
export type EditorAction =
  | { type: 'edit'; line: number; field: LineField; value: string }
  | { type: 'add' }
  | { type: 'remove'; line: number }
  | { type: 'move'; line: number; by: -1 | 1 }
  | { type: 'totals'; field: 'totalAmount' | 'totalVatAmount'; value: string }
  | { type: 'flow'; flow: FlowId }
  | { type: 'country'; country: VatCountryId }
  | { type: 'paste'; text: string }
  | { type: 'discard-paste' }
  | { type: 'example'; id: string }
  | { type: 'apply'; spec: OrderSpec }
  | { type: 'load'; params: Partial<Record<UrlParam, string>> };

/** The payload text for a state, in the pasted shape or the flow's default. Never throws. */
export function payloadText(state: ToolState): string {
  return serialisePayload(state.spec, state.shape ?? defaultShape(state.flow));
}

/** A state showing one of the examples. Never throws. */
export function exampleState(id: string): EditorState {
  const example = exampleById(id);
  const shape: PayloadShape = { format: 'json', container: 'paymentSpec', path: [] };
  const state: ToolState = { spec: example.spec, flow: example.flow, country: example.country, shape, source: '' };
  return { ...state, pasteText: payloadText(state), pasteError: '', notes: [] };
}

/**
 * The full tool's opening state: the correct example's lines without paymentSpec totals, so that
 * every URL parameter's default is either fixed or empty. Never throws.
 */
export function initialState(): EditorState {
  const example = exampleById('correct');
  const state: ToolState = {
    spec: { lines: example.spec.lines, totalAmount: '', totalVatAmount: '' },
    flow: example.flow,
    country: example.country,
    shape: null,
    source: '',
  };
  return { ...state, pasteText: payloadText(state), pasteError: '', notes: [] };
}

/** The URL parameter defaults of the full tool (parameters equal to these are left out of links). */
export function defaultParams(): Record<UrlParam, string> {
  const state = initialState();
  return {
    lines: encodeLines(state.spec.lines),
    total: '',
    vat: '',
    flow: state.flow,
    country: state.country,
    fmt: '',
    src: '',
  };
}

/** After an edit in the table: the paste box follows the lines. */
function withLines(state: EditorState, spec: OrderSpec): EditorState {
  const next = { ...state, spec, source: '', pasteError: '' };
  return { ...next, pasteText: payloadText(next) };
}

function applyPaste(state: EditorState, text: string): EditorState {
  const read = readPayload(text);
  if (!read.ok) return { ...state, pasteText: text, pasteError: read.error, source: text };
  const { spec, shape, notes, suggestedFlow } = read.value;
  const flow = suggestedFlow ?? (state.flow === 'checkout' && shape.format === 'xml' ? 'simplified' : state.flow);
  const flowNote =
    flow !== state.flow
      ? [
          `The flow was set to ${flow === 'checkout' ? 'Resurs Checkout, because the payload has orderLines' : 'simplified flow, because Resurs Checkout does not use XML'}.`,
        ]
      : [];
  return { ...state, spec, shape, flow, pasteText: text, pasteError: '', source: '', notes: [...flowNote, ...notes] };
}

/** The next state after an action. Pure; never throws. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const lines = state.spec.lines;
  switch (action.type) {
    case 'edit': {
      const line = lines[action.line];
      if (!line) return state;
      const next = lines.with(action.line, { ...line, [action.field]: action.value });
      return withLines(state, { ...state.spec, lines: next });
    }
    case 'add': {
      const ids = lines.map((l) => Number(l.id)).filter(Number.isSafeInteger);
      const line = { ...emptyLine(), id: String(Math.max(0, ...ids) + 1), quantity: '1', unitMeasure: 'st' };
      if (state.flow === 'checkout') line.type = 'ORDER_LINE';
      return withLines(state, { ...state.spec, lines: [...lines, line] });
    }
    case 'remove':
      return withLines(state, { ...state.spec, lines: lines.filter((_, i) => i !== action.line) });
    case 'move': {
      const to = action.line + action.by;
      const a = lines[action.line];
      const b = lines[to];
      if (!a || !b) return state;
      return withLines(state, { ...state.spec, lines: lines.with(action.line, b).with(to, a) });
    }
    case 'totals':
      return withLines(state, { ...state.spec, [action.field]: action.value });
    case 'flow': {
      const next = { ...state, flow: action.flow };
      return state.pasteError || state.shape ? next : { ...next, pasteText: payloadText(next) };
    }
    case 'country':
      return { ...state, country: action.country };
    case 'paste':
      return applyPaste(state, action.text);
    case 'discard-paste':
      return { ...state, source: '', pasteError: '', pasteText: payloadText(state) };
    case 'example':
      return exampleState(action.id);
    case 'apply':
      return { ...withLines(state, action.spec), notes: [] };
    case 'load': {
      const { state: decoded, notes } = decodeState(action.params, state);
      const loaded: EditorState = { ...decoded, pasteText: payloadText(decoded), pasteError: '', notes };
      if (!decoded.source) return loaded;
      const pasted = applyPaste(loaded, decoded.source);
      return { ...pasted, notes: pasted.pasteError ? pasted.notes : [...notes, ...pasted.notes] };
    }
  }
}

/**
 * The state with the fields a person typed before the tool hydrated (by `data-state` name:
 * `flow`, `country`, `paste`, `cell:<line>:<field>`, `total:<field>`), as the actions their edits
 * would have been: flow and country first, then either the paste box (which replaces the lines) or the cells
 * and totals. Pure; never throws.
 */
export function adoptTypedFields(state: EditorState, typed: ReadonlyMap<string, string>): EditorState {
  const actions: EditorAction[] = [];
  const flow = typed.get('flow');
  const country = typed.get('country');
  if (flow !== undefined && isFlowId(flow)) actions.push({ type: 'flow', flow });
  if (country !== undefined && isVatCountryId(country)) actions.push({ type: 'country', country });
  const paste = typed.get('paste');
  if (paste !== undefined) actions.push({ type: 'paste', text: paste });
  else {
    for (const [key, value] of typed) {
      const [kind, a, b] = key.split(':');
      const field = lineFields.find((name) => name === b);
      if (kind === 'cell' && field) {
        actions.push({ type: 'edit', line: Number(a), field, value });
      } else if (kind === 'total' && (a === 'totalAmount' || a === 'totalVatAmount')) {
        actions.push({ type: 'totals', field: a, value });
      }
    }
  }
  return actions.reduce(editorReducer, state);
}
