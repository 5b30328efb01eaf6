import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeLine } from '../../src/lib/order-lines/empty-line.ts';
import { exampleById } from '../../src/lib/order-lines/examples.ts';
import { type LineField, lineFields, type PayloadShape } from '../../src/lib/order-lines/types.ts';
import {
  decodeLines,
  decodeShape,
  decodeState,
  encodeLines,
  encodeShape,
  encodeState,
  MAX_URL_LINES,
  type ToolState,
} from '../../src/lib/order-lines/url-codec.ts';

describe('the compact line encoding', () => {
  test.each([
    // The documented example.
    [
      [
        makeLine({
          id: '1',
          artNo: 'NUT-001',
          description: 'Nut',
          quantity: '21',
          unitMeasure: 'st',
          unitAmountWithoutVat: '0.8',
          vatPct: '25',
          totalVatAmount: '4.2',
          totalAmount: '21',
        }),
      ],
      '1*1_NUT-001_Nut_21_st_0.8_25_4.2_21',
    ],
    // Types are one letter; trailing empty fields are left out.
    [[makeLine({ artNo: 'D', type: 'DISCOUNT' })], '1*_D________D'],
    // Unknown types keep their text behind a dot.
    [[makeLine({ type: 'GIFT_CARD' })], '1*_________.GIFT!_CARD'],
    // The separators and the escape character inside values are escaped.
    [[makeLine({ description: 'a_b*c!d' })], '1*__a!_b!*c!!d'],
    // No lines at all is just the version.
    [[], '1'],
    // A line with nothing in it.
    [[makeLine({})], '1*'],
  ])('encodes %j as %s', (lines, encoded) => {
    expect(encodeLines(lines)).toBe(encoded);
    expect(decodeLines(encoded)).toEqual({ lines, notes: [] });
  });

  test('round-trips any text in any field, including separators, escapes and control characters', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '_', '*', '!', '.', ' ', '\u0000', 'é', '😀', '1', ',') });
    const line = fc.record(
      Object.fromEntries(lineFields.map((f) => [f, field])) as Record<LineField, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const typed = lines.map((l) => ({
          ...l,
          type: l.type === '' || l.type.startsWith('.') || l.type.length === 1 ? '' : l.type,
        }));
        expect(decodeLines(encodeLines(typed)).lines).toEqual(typed);
      }),
      { numRuns: 500 },
    );
  });

  test('keeps what the user typed, even when it is not a number', () => {
    const lines = [makeLine({ quantity: '12,50', vatPct: '1e3', description: '<script>alert(1)</script>' })];
    expect(decodeLines(encodeLines(lines)).lines).toEqual(lines);
  });

  test.each([
    // Another version.
    ['2*a_b', { lines: [], notes: ['The link’s order lines are in an unknown format and were not read.'] }],
    // Garbage.
    ['%%%', { lines: [], notes: ['The link’s order lines are in an unknown format and were not read.'] }],
    // An escape at the very end is kept literally.
    ['1*a!', { lines: [makeLine({ id: 'a!' })], notes: [] }],
  ])('decodes the hostile value %j without throwing', (text, expected) => {
    expect(decodeLines(text)).toEqual(expected);
  });

  test(`reads at most ${MAX_URL_LINES} lines, with a note`, () => {
    const decoded = decodeLines(`1${'*x'.repeat(MAX_URL_LINES + 10)}`);
    expect(decoded.lines).toHaveLength(MAX_URL_LINES);
    expect(decoded.notes).toEqual(['The link has more than 5,000 lines; the first 5,000 were read.']);
  });
});

describe('the payload shape parameter', () => {
  test.each<[PayloadShape, string]>([
    [{ format: 'json', container: 'array', path: [] }, 'json.array'],
    [
      { format: 'json', container: 'paymentSpec', path: ['order', 'paymentSpec'] },
      'json.paymentSpec.order.paymentSpec',
    ],
    [{ format: 'json', container: 'orderLines', path: [] }, 'json.orderLines'],
    [
      { format: 'xml', container: 'paymentSpec', element: 'partPaymentSpec', prefix: 'aft' },
      'xml.paymentSpec.partPaymentSpec.aft',
    ],
    [{ format: 'xml', container: 'specLines', element: 'specLines', prefix: '' }, 'xml.specLines'],
  ])('encodes %j as %s and back', (shape, text) => {
    expect(encodeShape(shape)).toBe(text);
    expect(decodeShape(text)).toEqual(shape);
  });

  test.each(['', 'yaml.array', 'json.evil', 'json.array.<script>', 'xml.paymentSpec', `json.array${'.a'.repeat(10)}`])(
    'gives null for the unexpected value %j',
    (text) => {
      expect(decodeShape(text)).toBeNull();
    },
  );
});

describe('the whole state in the URL', () => {
  const fallback: ToolState = {
    spec: { lines: [], totalAmount: '', totalVatAmount: '' },
    flow: 'hosted',
    country: 'SE',
    shape: null,
    source: '',
  };

  test('round-trips a state through URL parameters', () => {
    const { spec } = exampleById('hosted-discount');
    const state: ToolState = {
      spec,
      flow: 'aftershop',
      country: 'FI',
      shape: { format: 'xml', container: 'paymentSpec', element: 'paymentSpec', prefix: '' },
      source: '',
    };
    const params = new URLSearchParams(Object.entries(encodeState(state)).filter(([, v]) => v !== ''));
    const back = decodeState(Object.fromEntries(params), fallback);
    expect(back).toEqual({ state, notes: [] });
  });

  test('keeps unreadable pasted text so the link shows the same error', () => {
    const state = { ...fallback, source: '[{"a": 1,}]' };
    expect(decodeState(encodeState(state), fallback).state.source).toBe('[{"a": 1,}]');
  });

  test('reads empty parameters (a link with only defaults) without notes', () => {
    const empty = { lines: '1', total: '', vat: '', flow: 'hosted', country: 'SE', fmt: '', src: '' };
    expect(decodeState(empty, fallback)).toEqual({ state: fallback, notes: [] });
  });

  test('leaves unreadable text over 50,000 characters out of the link', () => {
    expect(encodeState({ ...fallback, source: `[${'x'.repeat(50_000)}` }).src).toBe('');
  });

  test('falls back, with notes, for unknown flow, country and format', () => {
    expect(decodeState({ flow: 'evil', country: 'US', fmt: 'x' }, fallback)).toEqual({
      state: fallback,
      notes: [
        'The link’s flow is unknown; hosted flow is shown.',
        'The link’s country is unknown; Sweden is shown.',
        'The link’s payload format is unknown; the flow’s usual JSON is used.',
      ],
    });
  });

  test('a link to the hosted-discount example stays short enough to send', () => {
    const { spec } = exampleById('hosted-discount');
    const params = new URLSearchParams(encodeState({ ...fallback, spec }));
    expect(params.toString().length).toBeLessThan(400);
  });
});
