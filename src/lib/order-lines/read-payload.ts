import { groupDigits } from '../shared/count.ts';
import type { Result } from '../shared/result.ts';
import { makeLine } from './empty-line.ts';
import { type JsonValue, readJson } from './json-reader.ts';
import { describePosition } from './text-position.ts';
import type { FlowId, LineField, OrderLine, OrderSpec, PayloadShape } from './types.ts';
import { lineFields } from './types.ts';
import { findElements, readXml, type XmlElement } from './xml-reader.ts';

/** What a pasted payload contained. */
export interface ReadPayload {
  spec: OrderSpec;
  shape: PayloadShape;
  /** Things the reader ignored or assumed, for the user to see. */
  notes: string[];
  /** The flow the payload belongs to, when its shape says so (orderLines: Resurs Checkout). */
  suggestedFlow?: FlowId;
}

/** Longest payload read: 1,000 lines of pretty-printed XML are about 400,000 characters. */
export const MAX_PAYLOAD_LENGTH = 2_000_000;

/**
 * Resurs Checkout calls the row total `totalAmountWithVat` in its orderLines example
 * (developers.resurs.com, Resurs Checkout Web, POST /payments/{orderReference}).
 */
const RCO_TOTAL = 'totalAmountWithVat';

/** Which syntax a text is written in, from its first non-blank character. Never throws. */
export function detectFormat(text: string): 'json' | 'xml' | 'empty' | 'unknown' {
  const first = /\S/.exec(text.replace(/^\ufeff/, ''))?.[0];
  if (first === undefined) return 'empty';
  if (first === '<') return 'xml';
  if (first === '[' || first === '{') return 'json';
  return 'unknown';
}

/**
 * Reads pasted order lines: a JSON array of lines, `{ "specLines": [...] }`, a paymentSpec object
 * with totals (also nested, e.g. `{ "paymentSpec": {...} }`), a Resurs Checkout `{ "orderLines": [...] }`
 * payload, or SOAP XML with <paymentSpec>/<partPaymentSpec> or bare <specLines> elements.
 * Unknown fields are ignored and listed in `notes`. Never throws.
 */
export function readPayload(text: string): Result<ReadPayload> {
  if (text.length > MAX_PAYLOAD_LENGTH) {
    return {
      ok: false,
      error: `The text is ${groupDigits(text.length)} characters long; at most ${groupDigits(MAX_PAYLOAD_LENGTH)} are read.`,
    };
  }
  const format = detectFormat(text);
  if (format === 'empty') return { ok: false, error: 'Nothing to read: paste a JSON or XML payload.' };
  if (format === 'unknown') {
    const offset = text.search(/\S/);
    return {
      ok: false,
      error: `Not JSON or XML at ${describePosition(text, offset)}: JSON starts with [ or {, XML with <.`,
    };
  }
  if (format === 'json') {
    const json = readJson(text);
    return json.ok ? fromJson(json.value, text) : json;
  }
  const xml = readXml(text);
  return xml.ok ? fromXml(xml.value.roots, xml.value.notes) : xml;
}

/** Collects unknown field names and the lines they were on, for one note each. */
class UnknownFields {
  private readonly seen = new Map<string, number[]>();
  add(name: string, line: number): void {
    const lines = this.seen.get(name) ?? [];
    if (lines.length < 6) lines.push(line);
    this.seen.set(name, lines);
  }
  notes(): string[] {
    return [...this.seen].slice(0, 20).map(([name, lines]) => {
      const known = lineFields.find((f) => f.toLowerCase() === name.toLowerCase());
      const hint = known ? ` Did you mean ${known}? Field names are case-sensitive.` : '';
      const where =
        lines.length > 5
          ? `lines ${lines.slice(0, 5).join(', ')} and more`
          : `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;
      return `Ignored the unknown field “${name.slice(0, 60)}” (${where}).${hint}`;
    });
  }
}

function fromJson(root: JsonValue, text: string): Result<ReadPayload> {
  const notes: string[] = [];
  if (root.kind === 'array')
    return jsonLines(root, text, { format: 'json', container: 'array', path: [] }, notes, null);
  if (root.kind !== 'object')
    return { ok: false, error: 'Expected a JSON array of lines or an object, not a single value.' };
  if (root.entries.some((e) => e.key === 'artNo' || e.key === 'unitAmountWithoutVat')) {
    notes.push('Read one line: the JSON is a single line object, not a list.');
    return jsonLines(
      { kind: 'array', items: [root], offset: root.offset },
      text,
      { format: 'json', container: 'array', path: [] },
      notes,
      null,
    );
  }
  const found = findJsonContainer(root, []);
  if (!found) {
    return {
      ok: false,
      error: 'No order lines found: expected a JSON array of lines, or an object with "specLines" or "orderLines".',
    };
  }
  const { holder, path, key } = found;
  const lines = holder.entries.findLast((e) => e.key === key)?.value;
  if (lines?.kind !== 'array') return { ok: false, error: `"${key}" must be an array of lines.` };
  if (path.length > 0)
    notes.push(`Read the lines at ${[...path, key].join('.')}; the rest of the payload is not checked.`);
  if (key === 'orderLines') {
    return jsonLines(lines, text, { format: 'json', container: 'orderLines', path }, notes, null, 'checkout');
  }
  const hasTotals = holder.entries.some((e) => e.key === 'totalAmount' || e.key === 'totalVatAmount');
  const shape: PayloadShape = { format: 'json', container: hasTotals ? 'paymentSpec' : 'specLines', path };
  const ignored = holder.entries.filter((e) => !['specLines', 'totalAmount', 'totalVatAmount'].includes(e.key));
  if (ignored.length > 0 && path.length === 0) {
    notes.push(
      `Ignored the fields ${ignored
        .slice(0, 8)
        .map((e) => e.key.slice(0, 40))
        .join(', ')} beside specLines.`,
    );
  }
  return jsonLines(lines, text, shape, notes, holder);
}

/** The first object (breadth-first, a few levels deep) holding a specLines or orderLines array. */
function findJsonContainer(
  root: JsonValue & { kind: 'object' },
  path: string[],
): { holder: JsonValue & { kind: 'object' }; path: string[]; key: 'specLines' | 'orderLines' } | null {
  let level: { value: JsonValue & { kind: 'object' }; path: string[] }[] = [{ value: root, path }];
  for (let depth = 0; depth < 6 && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { value, path: at } of level) {
      for (const key of ['specLines', 'orderLines'] as const) {
        if (value.entries.some((e) => e.key === key && e.value.kind === 'array'))
          return { holder: value, path: at, key };
      }
      for (const entry of value.entries) {
        if (entry.value.kind === 'object') next.push({ value: entry.value, path: [...at, entry.key] });
      }
    }
    level = next.slice(0, 200);
  }
  return null;
}

function jsonScalar(value: JsonValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return value.raw;
    case 'null':
      return '';
    case 'boolean':
      return String(value.value);
    case 'object':
      return '{…}';
    case 'array':
      return '[…]';
  }
}

function jsonLines(
  array: JsonValue & { kind: 'array' },
  text: string,
  shape: PayloadShape,
  notes: string[],
  holder: (JsonValue & { kind: 'object' }) | null,
  suggestedFlow?: FlowId,
): Result<ReadPayload> {
  const unknown = new UnknownFields();
  const lines: OrderLine[] = [];
  const fieldNames = new Set<string>(lineFields);
  const isRco = shape.format === 'json' && shape.container === 'orderLines';
  for (const [index, item] of array.items.entries()) {
    if (item.kind !== 'object') {
      return {
        ok: false,
        error: `Line ${index + 1} (at ${describePosition(text, item.offset)}) is ${item.kind === 'array' ? 'an array' : `a ${item.kind}`}: each line must be an object { … }.`,
      };
    }
    const fields: Partial<Record<LineField, string>> = {};
    for (const { key, value } of item.entries) {
      const field = isRco && key === RCO_TOTAL ? 'totalAmount' : key;
      if (fieldNames.has(field)) fields[field as LineField] = jsonScalar(value);
      else unknown.add(key, index + 1);
    }
    lines.push(makeLine(fields));
  }
  const total = (key: string) => {
    const value = holder?.entries.findLast((e) => e.key === key)?.value;
    return value ? jsonScalar(value) : '';
  };
  const spec: OrderSpec = { lines, totalAmount: total('totalAmount'), totalVatAmount: total('totalVatAmount') };
  const value: ReadPayload = { spec, shape, notes: [...notes, ...unknown.notes()] };
  if (suggestedFlow) value.suggestedFlow = suggestedFlow;
  return { ok: true, value };
}

function xmlValue(element: XmlElement): string {
  const nil = Object.entries(element.attributes).some(
    ([name, value]) => /(?:^|:)nil$/.test(name) && value.trim() === 'true',
  );
  return nil ? '' : element.text.trim();
}

function fromXml(roots: XmlElement[], readerNotes: string[]): Result<ReadPayload> {
  const notes = [...readerNotes];
  // paymentSpec in bookPayment; partPaymentSpec in the after-shop calls (finalize, credit, annul).
  const specs = findElements(roots, (local) => local === 'paymentSpec' || local === 'partPaymentSpec');
  const spec = specs[0];
  if (specs.length > 1) notes.push(`Found ${specs.length} <${spec?.local}> elements; read the first.`);
  const lineElements = spec
    ? spec.children.filter((c) => c.local === 'specLines')
    : findElements(roots, (local) => local === 'specLines');
  if (!spec && lineElements.length === 0) {
    return {
      ok: false,
      error: 'No order lines found: expected a <paymentSpec>, <partPaymentSpec> or <specLines> element.',
    };
  }
  const unknown = new UnknownFields();
  const fieldNames = new Set<string>(lineFields);
  const lines = lineElements.map((element, index) => {
    const fields: Partial<Record<LineField, string>> = {};
    for (const child of element.children) {
      if (fieldNames.has(child.local)) fields[child.local as LineField] = xmlValue(child);
      else unknown.add(child.local, index + 1);
    }
    if (element.text.trim() !== '') notes.push(`Ignored text directly inside <specLines> of line ${index + 1}.`);
    return makeLine(fields);
  });
  const childValue = (local: string) => {
    const child = spec?.children.findLast((c) => c.local === local);
    return child ? xmlValue(child) : '';
  };
  if (spec) {
    const others = spec.children.filter((c) => !['specLines', 'totalAmount', 'totalVatAmount'].includes(c.local));
    if (others.length > 0) {
      notes.push(
        `Ignored ${others
          .slice(0, 8)
          .map((c) => `<${c.local}>`)
          .join(', ')} inside <${spec.local}>.`,
      );
    }
  }
  const outside = roots.length > 1 || (roots[0] && roots[0] !== spec && roots[0].local !== 'specLines');
  if (outside)
    notes.push(`Read the order lines${spec ? ` in <${spec.local}>` : ''}; the rest of the XML is not checked.`);
  const first = lineElements[0];
  const shape: PayloadShape = spec
    ? { format: 'xml', container: 'paymentSpec', element: spec.local, prefix: spec.prefix }
    : { format: 'xml', container: 'specLines', element: 'specLines', prefix: first?.prefix ?? '' };
  return {
    ok: true,
    value: {
      spec: { lines, totalAmount: childValue('totalAmount'), totalVatAmount: childValue('totalVatAmount') },
      shape,
      notes: [...notes, ...unknown.notes()],
    },
  };
}
