import Big from 'big.js';
import { describe, expect, test } from 'vitest';
import { type VatPreset, vatPresets } from '../../src/data/vat-rates.ts';
import { makeLine } from '../../src/lib/order-lines/empty-line.ts';
import { exampleById } from '../../src/lib/order-lines/examples.ts';
import { rules } from '../../src/lib/order-lines/rules.ts';
import {
  type FlowId,
  type LineField,
  type OrderSpec,
  type PayloadShape,
  ruleIds,
} from '../../src/lib/order-lines/types.ts';
import { validateOrderLines } from '../../src/lib/order-lines/validate.ts';

/** A valid hosted-flow line: 1 × 100.00 + 25% VAT = 125.00. */
const valid: Partial<Record<LineField, string>> = {
  id: '1',
  artNo: 'A-1',
  description: 'Item',
  quantity: '1',
  unitMeasure: 'st',
  unitAmountWithoutVat: '100',
  vatPct: '25',
  totalVatAmount: '25',
  totalAmount: '125',
};

interface Case {
  lines: Partial<Record<LineField, string>>[];
  flow?: FlowId;
  country?: string;
  total?: string;
  vat?: string;
  shape?: PayloadShape;
}

/** The findings as "rule severity target" strings, e.g. "missing-field error line1.quantity". */
function findings({ lines, flow = 'hosted', country = 'SE', total = '', vat = '', shape }: Case): string[] {
  const spec: OrderSpec = { lines: lines.map((l) => makeLine(l)), totalAmount: total, totalVatAmount: vat };
  return validateOrderLines(spec, { flow, country, ...(shape ? { shape } : {}) }).findings.map(
    (f) =>
      `${f.rule} ${f.severity} ${f.target.kind === 'line' ? `line${f.target.line + 1}` : 'spec'}.${f.target.field}`,
  );
}

const paymentSpec: PayloadShape = { format: 'json', container: 'paymentSpec', path: [] };

describe('every rule', () => {
  test.each<[string, Case, string[]]>([
    // A correct line has no finding.
    ['accepts a correct line', { lines: [valid] }, []],
    // discount-with-vat: a negative line with VAT in hosted flow.
    [
      'flags a discount with VAT in hosted flow',
      { lines: [valid, { ...valid, id: '2', unitAmountWithoutVat: '-20', totalVatAmount: '-5', totalAmount: '-25' }] },
      ['discount-with-vat error line2.vatPct'],
    ],
    // … also when only the VAT amount is non-zero.
    [
      'flags a discount with a VAT amount but vatPct 0',
      {
        lines: [
          valid,
          { ...valid, id: '2', unitAmountWithoutVat: '-25', vatPct: '0', totalVatAmount: '-5', totalAmount: '-25' },
        ],
      },
      ['discount-with-vat error line2.vatPct', 'line-vat-mismatch error line2.totalVatAmount'],
    ],
    // A VAT-free discount is fine in hosted flow.
    [
      'accepts a VAT-free discount in hosted flow',
      {
        lines: [
          valid,
          { ...valid, id: '2', unitAmountWithoutVat: '-25', vatPct: '0', totalVatAmount: '0', totalAmount: '-25' },
        ],
      },
      [],
    ],
    // The same discount with VAT is fine in the after-shop flow (Resurs' own finalize example).
    [
      'accepts a discount with VAT in the after-shop flow',
      {
        flow: 'aftershop',
        lines: [valid, { ...valid, id: '2', unitAmountWithoutVat: '-20', totalVatAmount: '-5', totalAmount: '-25' }],
      },
      [],
    ],
    // line-total-mismatch: the unit price does not match the row total.
    [
      'flags a unit price that does not match the row total',
      { lines: [{ ...valid, unitAmountWithoutVat: '110' }] },
      ['line-total-mismatch error line1.totalAmount'],
    ],
    // line-vat-mismatch: the row VAT does not match the row total.
    [
      'flags a row VAT that does not match the row total',
      { lines: [{ ...valid, totalVatAmount: '20' }] },
      ['line-vat-mismatch error line1.totalVatAmount'],
    ],
    // spec-total-mismatch and spec-vat-mismatch: the paymentSpec totals.
    [
      'flags a payment total that is not the sum of the lines',
      { lines: [valid], total: '130', vat: '25' },
      ['spec-total-mismatch error spec.totalAmount'],
    ],
    [
      'flags a payment VAT that is not the sum of the lines',
      { lines: [valid], total: '125', vat: '30' },
      ['spec-vat-mismatch error spec.totalVatAmount'],
    ],
    // total-not-positive: a discount larger than the goods.
    [
      'flags a payment total below zero',
      {
        lines: [
          valid,
          { ...valid, id: '2', unitAmountWithoutVat: '-200', vatPct: '0', totalVatAmount: '0', totalAmount: '-200' },
        ],
      },
      ['total-not-positive error spec.totalAmount'],
    ],
    [
      'flags a sent payment total of zero',
      { lines: [{ ...valid, unitAmountWithoutVat: '0', totalVatAmount: '0', totalAmount: '0' }], total: '0', vat: '0' },
      ['total-not-positive error spec.totalAmount'],
    ],
    // missing-field: every specLine field except description and deliveryDate is required.
    [
      'flags every missing specLine field',
      { lines: [{ description: 'only this' }] },
      ['id', 'artNo', 'quantity', 'unitMeasure', 'unitAmountWithoutVat', 'vatPct', 'totalVatAmount', 'totalAmount'].map(
        (f) => `missing-field error line1.${f}`,
      ),
    ],
    // Whitespace only counts as missing.
    [
      'flags a blank unitMeasure as missing',
      { lines: [{ ...valid, unitMeasure: '  ' }] },
      ['missing-field error line1.unitMeasure'],
    ],
    // Resurs Checkout lines need no id and no row totals.
    [
      'accepts Resurs Checkout lines without id and totals',
      { flow: 'checkout', lines: [{ ...valid, id: '', totalVatAmount: '', totalAmount: '', type: 'ORDER_LINE' }] },
      [],
    ],
    // A paymentSpec must carry totalAmount.
    [
      'flags a paymentSpec without totalAmount',
      { lines: [valid], shape: paymentSpec },
      ['missing-field error spec.totalAmount'],
    ],
    // No lines and no total: nothing to pay.
    ['flags an order with no lines and no total', { lines: [] }, ['missing-field error spec.totalAmount']],
    // A payment without lines is allowed when it has a total.
    ['accepts a payment of only a total', { lines: [], total: '100' }, []],
    // invalid-number, on lines and on the paymentSpec.
    [
      'flags numbers written with a comma or an exponent',
      { lines: [{ ...valid, unitAmountWithoutVat: '100,00', totalAmount: '1.25e2' }], total: 'abc' },
      [
        'invalid-number error line1.unitAmountWithoutVat',
        'invalid-number error line1.totalAmount',
        'invalid-number error spec.totalAmount',
      ],
    ],
    // artno-too-long: 100 characters pass, 101 fail; characters, not UTF-16 units, are counted.
    ['accepts an artNo of 100 characters', { lines: [{ ...valid, artNo: 'x'.repeat(100) }] }, []],
    ['accepts an artNo of 100 emoji', { lines: [{ ...valid, artNo: '📦'.repeat(100) }] }, []],
    [
      'flags an artNo of 101 characters',
      { lines: [{ ...valid, artNo: 'x'.repeat(101) }] },
      ['artno-too-long error line1.artNo'],
    ],
    // quantity-not-positive: zero is an error (Resurs divides by it), negative a warning.
    [
      'flags quantity 0 as an error',
      { lines: [{ ...valid, quantity: '0' }] },
      ['quantity-not-positive error line1.quantity'],
    ],
    [
      'flags a negative quantity as a warning',
      {
        lines: [
          valid,
          {
            ...valid,
            id: '2',
            quantity: '-1',
            unitAmountWithoutVat: '20',
            vatPct: '0',
            totalVatAmount: '0',
            totalAmount: '-20',
          },
        ],
      },
      ['quantity-not-positive warning line2.quantity'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(findings(input)).toEqual(expected);
  });

  test('says what Resurs does and how to fix it, with the numbers', () => {
    const spec: OrderSpec = {
      lines: [makeLine({ ...valid, unitAmountWithoutVat: '110' })],
      totalAmount: '',
      totalVatAmount: '',
    };
    const [finding] = validateOrderLines(spec, { flow: 'hosted', country: 'SE' }).findings;
    expect(finding?.problem).toBe(
      'Resurs recomputes the unit price from the row total: 125.00 ÷ ((1 + 25/100) × 1) = 100.00. The line says 110.00, 10.00 more: beyond the 0.05 tolerance.',
    );
    expect(finding?.fix).toBe(
      'If the row total is right, send unitAmountWithoutVat 100.00. If the unit price is right, send totalAmount 137.50.',
    );
    expect(finding?.resurs).toContain('UNCONFIRMED');
  });

  test('never throws on hostile lines', () => {
    const hostile = ['<script>alert(1)</script>', '\u0000\u202e', '9'.repeat(10_000), '-100', '1e999999999', '{…}', ''];
    const lines = hostile.flatMap((value) => [
      makeLine({ ...valid, quantity: value }),
      makeLine({ ...valid, vatPct: value }),
      makeLine({ ...valid, artNo: value, totalAmount: value }),
    ]);
    const result = validateOrderLines(
      { lines, totalAmount: hostile[0] ?? '', totalVatAmount: '-0' },
      { flow: 'hosted', country: 'XX' },
    );
    expect(result.verdict).toBe('errors');
  });
});

// vat-rate-unusual, from src/data/vat-rates.ts: each country's rates and 0% pass; a rate the country
// lacks (another country's, or one of its former rates) is a warning that lists the country's rates.
describe('vat-rate-unusual against the VAT presets', () => {
  /** A hosted-flow line of 100.00 at `rate` %, its VAT and total computed from the rate. */
  const lineAt = (rate: string) => ({
    ...valid,
    vatPct: rate,
    totalVatAmount: new Big(rate).toString(),
    totalAmount: new Big(100).plus(rate).toString(),
  });
  const isRateOf = (preset: VatPreset, rate: string) =>
    new Big(rate).eq(0) || preset.rates.some((r) => new Big(r.rate).eq(rate));
  const lacked = vatPresets.flatMap((preset) =>
    [...new Set(vatPresets.flatMap((p) => [...p.rates, ...p.former].map((r) => r.rate)))]
      .filter((rate) => !isRateOf(preset, rate))
      .map((rate) => [preset.id, rate] as const),
  );

  test.each(vatPresets.flatMap((preset) => [...preset.rates.map((r) => r.rate), '0'].map((rate) => [preset.id, rate])))(
    'accepts, in %s, its rate %s%%',
    (country, rate) => {
      expect(findings({ country, lines: [lineAt(rate)] })).toEqual([]);
    },
  );

  test('has rates some country lacks, to warn about', () => {
    expect(lacked.length).toBeGreaterThan(0);
  });

  test.each(lacked)('warns, in %s, about %s%%, a rate it does not have', (country, rate) => {
    expect(findings({ country, lines: [lineAt(rate)] })).toEqual(['vat-rate-unusual warning line1.vatPct']);
  });

  test.each(vatPresets.flatMap((preset) => preset.former.map((former) => [preset, former] as const)))(
    'names the former rate in %#, with the country’s rates',
    (preset, former) => {
      const spec: OrderSpec = { lines: [makeLine(lineAt(former.rate))], totalAmount: '', totalVatAmount: '' };
      const rates = preset.rates.map((r) => `${r.rate}%`).join(', ');
      expect(validateOrderLines(spec, { flow: 'hosted', country: preset.id }).findings[0]?.problem).toBe(
        `${former.rate}% is not a VAT rate of ${preset.country} (${rates}, or 0%). ${former.note}`,
      );
    },
  );
});

describe('the 0.05 tolerance, computed the way Resurs computes it', () => {
  // The line is 1 × net at 25%, row total 125.00: Resurs' unit price is 100.00 and its row VAT 25.00.
  test.each([
    ['100.05', 'passes'],
    ['99.95', 'passes'],
    ['100.051', 'fails'],
    ['99.949', 'fails'],
  ])('a unit price of %s against 100.00 %s', (unit, outcome) => {
    expect(findings({ lines: [{ ...valid, unitAmountWithoutVat: unit }] })).toEqual(
      outcome === 'passes' ? [] : ['line-total-mismatch error line1.totalAmount'],
    );
  });

  test.each([
    ['25.05', 'passes'],
    ['24.95', 'passes'],
    ['25.051', 'fails'],
    ['24.949', 'fails'],
  ])('a row VAT of %s against 25.00 %s', (vat, outcome) => {
    expect(findings({ lines: [{ ...valid, totalVatAmount: vat }] })).toEqual(
      outcome === 'passes' ? [] : ['line-vat-mismatch error line1.totalVatAmount'],
    );
  });

  test.each([
    ['125.05', 'passes'],
    ['124.95', 'passes'],
    ['125.051', 'fails'],
    ['124.949', 'fails'],
  ])('a paymentSpec.totalAmount of %s against lines of 125.00 %s', (total, outcome) => {
    expect(findings({ lines: [valid], total, vat: '25' })).toEqual(
      outcome === 'passes' ? [] : ['spec-total-mismatch error spec.totalAmount'],
    );
  });

  test.each([
    ['25.05', 'passes'],
    ['24.95', 'passes'],
    ['25.051', 'fails'],
    ['24.949', 'fails'],
  ])('a paymentSpec.totalVatAmount of %s against line VAT of 25.00 %s', (vat, outcome) => {
    expect(findings({ lines: [valid], total: '125', vat })).toEqual(
      outcome === 'passes' ? [] : ['spec-vat-mismatch error spec.totalVatAmount'],
    );
  });

  test.each([
    // The worked example: 15710 ÷ (1.25 × 1000) = 12.568; 12.57 is 0.002 off and passes.
    ['12.57', 'passes'],
    // The tolerance applies to the unit price, not the row (1000 × 0.05 = 50.00 on the row).
    ['12.618', 'passes'],
    ['12.518', 'passes'],
    ['12.619', 'fails'],
    ['12.517', 'fails'],
  ])('in the worked example (1000 pieces, row 15710.00), a unit price of %s %s', (unit, outcome) => {
    const line = {
      ...valid,
      quantity: '1000',
      unitAmountWithoutVat: unit,
      totalVatAmount: '3142.00',
      totalAmount: '15710.00',
    };
    expect(findings({ lines: [line] })).toEqual(
      outcome === 'passes' ? [] : ['line-total-mismatch error line1.totalAmount'],
    );
  });

  test('passes a difference of exactly 0.05 that binary floating point sees as 0.0500000000000007', () => {
    // 10.15 - 10.1 in doubles is 0.05000000000000071: a float check would wrongly reject this line.
    expect(10.15 - 10.1 > 0.05).toBe(true);
    expect(
      findings({
        lines: [{ ...valid, unitAmountWithoutVat: '10.15', totalVatAmount: '2.525', totalAmount: '12.625' }],
      }),
    ).toEqual([]);
  });

  test('notes the silent re-computation in the worked example', () => {
    const example = exampleById('rounding');
    const result = validateOrderLines(example.spec, { flow: example.flow, country: example.country });
    expect(result.verdict).toBe('ok');
    expect(result.notes).toEqual([
      'Line 1: Resurs uses the unit price 12.568, recomputed from the row total (the line says 12.57; 0.002 apart, within 0.05).',
    ]);
  });
});

describe('the examples', () => {
  test.each([
    ['rounding', 'ok'],
    ['correct', 'ok'],
    ['hosted-discount', 'errors'],
  ])('the %s example gives the verdict %s', (id, verdict) => {
    const example = exampleById(id);
    expect(validateOrderLines(example.spec, { flow: example.flow, country: example.country }).verdict).toBe(verdict);
  });

  test('the correct example is accepted in every flow', () => {
    const { spec } = exampleById('correct');
    for (const flow of ['hosted', 'simplified', 'checkout', 'aftershop'] as const) {
      expect(validateOrderLines(spec, { flow, country: 'SE' }).findings).toEqual([]);
    }
  });
});

describe('totals per VAT rate', () => {
  test('are computed from the row totals, exactly', () => {
    const { spec } = exampleById('correct');
    const { totals } = validateOrderLines(spec, { flow: 'hosted', country: 'SE' });
    expect(totals.rates.map((r) => [r.rate, r.net.toFixed(2), r.vat.toFixed(2), r.gross.toFixed(2), r.lines])).toEqual([
      ['25', '437.60', '109.40', '547.00', 2],
      ['6', '150.00', '9.00', '159.00', 1],
      ['0', '-50.00', '0.00', '-50.00', 1],
    ]);
    expect([totals.total.net.toFixed(2), totals.total.vat.toFixed(2), totals.total.gross.toFixed(2)]).toEqual([
      '537.60',
      '118.40',
      '656.00',
    ]);
  });
});

describe('the rule catalogue on the tool page', () => {
  test('lists every rule id exactly once', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleIds].sort());
  });
});
