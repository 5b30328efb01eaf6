import { flowById } from './flows.ts';
import { numericFields } from './line-math.ts';
import type { FlowId, LineField, OrderLine, OrderSpec, PayloadShape } from './types.ts';
import { lineFields } from './types.ts';

const NUMERIC = new Set<LineField>(numericFields);
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The shape a payload gets when it was typed into the table rather than pasted. Never throws. */
export function defaultShape(flow: FlowId): PayloadShape {
  return {
    format: 'json',
    container: flowById(flow).linesName === 'orderLines' ? 'orderLines' : 'specLines',
    path: [],
  };
}

/**
 * Writes the order back in the shape it was pasted in: JSON (array, specLines, paymentSpec with
 * totals, Resurs Checkout orderLines, nested under the same property names) or XML (<paymentSpec>,
 * <partPaymentSpec> or a run of <specLines>). Only the order lines part is written, never the rest
 * of the original payload. Absent fields are left out. Never throws.
 */
export function serialisePayload(spec: OrderSpec, shape: PayloadShape): string {
  return shape.format === 'json' ? toJson(spec, shape) : toXml(spec, shape);
}

function jsonValue(field: LineField, raw: string): string {
  const text = raw.trim();
  if (NUMERIC.has(field) && JSON_NUMBER.test(text)) return text;
  if (NUMERIC.has(field) && /^[+]?(?:\d+\.?\d*|\.\d+)$/.test(text)) {
    // A plain decimal JSON cannot spell as written (+5, .5, 5., 007): write the same value in JSON's way.
    const [whole = '', fraction = ''] = text.replace(/^\+/, '').split('.');
    const digits = whole.replace(/^0+(?=\d)/, '') || '0';
    return fraction ? `${digits}.${fraction}` : digits;
  }
  return JSON.stringify(NUMERIC.has(field) ? text : raw);
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}

function jsonLine(line: OrderLine, rco: boolean, depth: number): string {
  const entries = lineFields
    .filter((field) => line[field].trim() !== '' || (field === 'description' && line.description !== ''))
    .map((field) => {
      const key = rco && field === 'totalAmount' ? 'totalAmountWithVat' : field;
      return `${indent(depth + 1)}${JSON.stringify(key)}: ${jsonValue(field, line[field])}`;
    });
  return entries.length === 0 ? `${indent(depth)}{}` : `${indent(depth)}{\n${entries.join(',\n')}\n${indent(depth)}}`;
}

function toJson(spec: OrderSpec, shape: PayloadShape & { format: 'json' }): string {
  const hasTotals = spec.totalAmount.trim() !== '' || spec.totalVatAmount.trim() !== '';
  const rco = shape.container === 'orderLines';
  const depth = shape.path.length;
  // A bare array cannot hold totals: with totals it becomes { "specLines": [...], "totalAmount": ... }.
  const bare = shape.container === 'array' && !hasTotals;
  const arrayDepth = bare ? depth : depth + 1;
  const items = spec.lines.map((line) => jsonLine(line, rco, arrayDepth + 1));
  const array = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent(arrayDepth)}]`;
  let body = array;
  if (!bare) {
    const parts = [`${indent(depth + 1)}${JSON.stringify(rco ? 'orderLines' : 'specLines')}: ${array}`];
    if (spec.totalAmount.trim() !== '') {
      parts.push(`${indent(depth + 1)}"totalAmount": ${jsonValue('totalAmount', spec.totalAmount)}`);
    }
    if (spec.totalVatAmount.trim() !== '') {
      parts.push(`${indent(depth + 1)}"totalVatAmount": ${jsonValue('totalVatAmount', spec.totalVatAmount)}`);
    }
    body = `{\n${parts.join(',\n')}\n${indent(depth)}}`;
  }
  for (let i = depth - 1; i >= 0; i--)
    body = `{\n${indent(i + 1)}${JSON.stringify(shape.path[i])}: ${body}\n${indent(i)}}`;
  return body;
}

/** XML text content: markup escaped, characters XML 1.0 forbids replaced by U+FFFD. */
function xmlText(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  const allowed = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
  return allowed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function toXml(spec: OrderSpec, shape: PayloadShape & { format: 'xml' }): string {
  const tag = (name: string) => (shape.prefix ? `${shape.prefix}:${name}` : name);
  // Bare <specLines> cannot hold totals: with totals they are wrapped in a <paymentSpec>.
  const wrapped =
    shape.container === 'paymentSpec' || spec.totalAmount.trim() !== '' || spec.totalVatAmount.trim() !== '';
  const pad = wrapped ? '  ' : '';
  const lineTag = wrapped ? 'specLines' : tag('specLines');
  const out: string[] = [];
  for (const line of spec.lines) {
    out.push(`${pad}<${lineTag}>`);
    for (const field of lineFields) {
      if (line[field].trim() === '') continue;
      const value = NUMERIC.has(field) ? line[field].trim() : line[field];
      out.push(`${pad}  <${field}>${xmlText(value)}</${field}>`);
    }
    out.push(`${pad}</${lineTag}>`);
  }
  if (spec.totalAmount.trim() !== '') out.push(`${pad}<totalAmount>${xmlText(spec.totalAmount.trim())}</totalAmount>`);
  if (spec.totalVatAmount.trim() !== '') {
    out.push(`${pad}<totalVatAmount>${xmlText(spec.totalVatAmount.trim())}</totalVatAmount>`);
  }
  if (!wrapped) return out.join('\n');
  const element = tag(shape.container === 'paymentSpec' ? shape.element : 'paymentSpec');
  return [`<${element}>`, ...out, `</${element}>`].join('\n');
}
