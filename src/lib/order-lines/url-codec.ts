import { isVatCountryId, type VatCountryId } from '../../data/vat-rates.ts';
import { groupDigits } from '../shared/count.ts';
import { emptyLine } from './empty-line.ts';
import { isFlowId } from './flows.ts';
import { type FlowId, lineFields, type OrderLine, type OrderSpec, type PayloadShape } from './types.ts';

/**
 * The compact URL encoding of order lines (the `lines` query parameter), version 1:
 *
 *   1*<line>*<line>…
 *
 * Each line is its fields in this order, separated by `_`:
 *   id _ artNo _ description _ quantity _ unitMeasure _ unitAmountWithoutVat _ vatPct _
 *   totalVatAmount _ totalAmount _ type _ deliveryDate
 * Empty fields at the end of a line are left out. The type is one letter: O (ORDER_LINE),
 * D (DISCOUNT), S (SHIPPING_FEE); any other type is written as `.` plus its text. Inside a value,
 * `!` escapes the next character, so `_`, `*` and `!` are written `!_`, `!*` and `!!`. Values are
 * the raw text the user typed, so `12,50` survives a round trip and is reported again.
 * `_`, `*`, `.`, `-` and digits are left as they are by URL encoding, so a line such as
 * `1_SKU-1_Shoes_2_st_199.2_25_99.6_498` costs about as many characters as its values.
 * Example: `?lines=1*1_NUT-001_Nut_21_st_0.8_25_4.2_21`.
 */
export const LINES_FORMAT_VERSION = '1';

/** At most this many lines are read from a URL. */
export const MAX_URL_LINES = 5000;

/** Unreadable pasted text longer than this is not put in the URL (browsers refuse very long URLs). */
export const MAX_URL_SOURCE = 50_000;

/** Above this many characters a link is likely to be cut by chat and e-mail tools. */
export const LONG_LINK = 2000;

const TYPE_CODES: Record<string, string> = { ORDER_LINE: 'O', DISCOUNT: 'D', SHIPPING_FEE: 'S' };
const TYPE_NAMES: Record<string, string> = { O: 'ORDER_LINE', D: 'DISCOUNT', S: 'SHIPPING_FEE' };

function escapeValue(value: string): string {
  return value.replace(/[!_*]/g, '!$&');
}

/** Encodes lines as described above. Never throws. */
export function encodeLines(lines: readonly OrderLine[]): string {
  const encoded = lines.map((line) => {
    const values = lineFields.map((field) => {
      if (field !== 'type') return escapeValue(line[field]);
      const type = line.type;
      return type === '' ? '' : (TYPE_CODES[type] ?? `.${escapeValue(type)}`);
    });
    while (values.length > 0 && values.at(-1) === '') values.pop();
    return values.join('_');
  });
  return [LINES_FORMAT_VERSION, ...encoded].join('*');
}

/**
 * Decodes the `lines` parameter. Never throws: a text of another version or with too many lines
 * gives what could be read plus a note, and an unknown version an empty list with a note.
 */
export function decodeLines(text: string): { lines: OrderLine[]; notes: string[] } {
  const notes: string[] = [];
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let truncated = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '!' && i + 1 < text.length) {
      field += text[++i];
    } else if (c === '_') {
      record.push(field);
      field = '';
    } else if (c === '*') {
      record.push(field);
      records.push(record);
      if (records.length > MAX_URL_LINES) {
        truncated = true;
        break;
      }
      record = [];
      field = '';
    } else field += c;
  }
  if (!truncated) {
    record.push(field);
    records.push(record);
  }
  const [version, ...rows] = records;
  if (version?.length !== 1 || version[0] !== LINES_FORMAT_VERSION) {
    return { lines: [], notes: ['The link’s order lines are in an unknown format and were not read.'] };
  }
  if (truncated) {
    notes.push(
      `The link has more than ${groupDigits(MAX_URL_LINES)} lines; the first ${groupDigits(MAX_URL_LINES)} were read.`,
    );
  }
  if (rows.length === 1 && rows[0]?.length === 1 && rows[0][0] === '' && !text.includes('*'))
    return { lines: [], notes };
  const lines = rows.slice(0, MAX_URL_LINES).map((values) => {
    const line = emptyLine();
    lineFields.forEach((name, index) => {
      const value = values[index] ?? '';
      line[name] = name === 'type' ? (TYPE_NAMES[value] ?? (value.startsWith('.') ? value.slice(1) : value)) : value;
    });
    return line;
  });
  return { lines, notes };
}

const SEGMENT = /^[A-Za-z_][\w-]{0,59}$/;

/** Encodes a payload shape for the `fmt` parameter ('json.paymentSpec', 'xml.paymentSpec.partPaymentSpec.aft'). Never throws. */
export function encodeShape(shape: PayloadShape): string {
  if (shape.format === 'json') return ['json', shape.container, ...shape.path.filter((p) => SEGMENT.test(p))].join('.');
  if (shape.container === 'specLines') return ['xml', 'specLines', shape.prefix].filter(Boolean).join('.');
  return ['xml', 'paymentSpec', shape.element, shape.prefix].filter(Boolean).join('.');
}

/** Decodes the `fmt` parameter; anything unexpected gives null (the flow's default shape). Never throws. */
export function decodeShape(text: string): PayloadShape | null {
  const parts = text.split('.');
  if (parts.length > 8 || parts.some((p) => !SEGMENT.test(p))) return null;
  const [format, container, ...rest] = parts;
  if (
    format === 'json' &&
    (container === 'array' || container === 'specLines' || container === 'paymentSpec' || container === 'orderLines')
  ) {
    return { format: 'json', container, path: rest };
  }
  if (format === 'xml' && container === 'specLines' && rest.length <= 1) {
    return { format: 'xml', container, element: 'specLines', prefix: rest[0] ?? '' };
  }
  if (format === 'xml' && container === 'paymentSpec' && rest.length >= 1 && rest.length <= 2) {
    const element = rest[0] === 'partPaymentSpec' ? 'partPaymentSpec' : 'paymentSpec';
    return { format: 'xml', container, element, prefix: rest[1] ?? '' };
  }
  return null;
}

/** Everything the tool shows, as kept in the URL. */
export interface ToolState {
  spec: OrderSpec;
  flow: FlowId;
  country: VatCountryId;
  /** How the lines were pasted; null when typed (the flow's default shape is used). */
  shape: PayloadShape | null;
  /** Pasted text that could not be read, kept so the link shows the same error; '' otherwise. */
  source: string;
}

/** The URL parameters of the tool. */
export const urlParams = ['lines', 'total', 'vat', 'flow', 'country', 'fmt', 'src'] as const;

/** One of {@link urlParams}. */
export type UrlParam = (typeof urlParams)[number];

/** The URL parameters for a state ('' = leave the parameter out). Never throws. */
export function encodeState(state: ToolState): Record<UrlParam, string> {
  return {
    lines: encodeLines(state.spec.lines),
    total: state.spec.totalAmount,
    vat: state.spec.totalVatAmount,
    flow: state.flow,
    country: state.country,
    fmt: state.shape ? encodeShape(state.shape) : '',
    src: state.source.length > MAX_URL_SOURCE ? '' : state.source,
  };
}

/**
 * The state for URL parameters. Each missing parameter keeps the fallback's value (a link leaves
 * out what equals the default); unreadable ones do too, with a note. Never throws.
 */
export function decodeState(
  params: Partial<Record<UrlParam, string>>,
  fallback: ToolState,
): { state: ToolState; notes: string[] } {
  const notes: string[] = [];
  let lines = fallback.spec.lines;
  if (params.lines !== undefined) {
    const decoded = decodeLines(params.lines);
    notes.push(...decoded.notes);
    if (decoded.lines.length > 0 || decoded.notes.length === 0) lines = decoded.lines;
  }
  const flow = params.flow ?? fallback.flow;
  const country = params.country ?? fallback.country;
  if (!isFlowId(flow)) notes.push('The link’s flow is unknown; hosted flow is shown.');
  if (!isVatCountryId(country)) notes.push('The link’s country is unknown; Sweden is shown.');
  let shape = fallback.shape;
  if (params.fmt === '') shape = null;
  else if (params.fmt !== undefined) {
    shape = decodeShape(params.fmt);
    if (!shape) notes.push('The link’s payload format is unknown; the flow’s usual JSON is used.');
  }
  return {
    state: {
      spec: {
        lines,
        totalAmount: params.total ?? fallback.spec.totalAmount,
        totalVatAmount: params.vat ?? fallback.spec.totalVatAmount,
      },
      flow: isFlowId(flow) ? flow : 'hosted',
      country: isVatCountryId(country) ? country : 'SE',
      shape,
      source: params.src ?? fallback.source,
    },
    notes,
  };
}
