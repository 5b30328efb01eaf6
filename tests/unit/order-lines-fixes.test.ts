import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dec, sum } from '../../src/lib/order-lines/decimal.ts';
import { makeLine } from '../../src/lib/order-lines/empty-line.ts';
import { exampleById } from '../../src/lib/order-lines/examples.ts';
import {
  allocate,
  buildFixes,
  discountAsVatFreeLine,
  discountSpreadIntoLines,
  type FixOption,
  recomputeFromRowTotals,
} from '../../src/lib/order-lines/fixes.ts';
import { readLineNumbers, rowGross } from '../../src/lib/order-lines/line-math.ts';
import { readPayload } from '../../src/lib/order-lines/read-payload.ts';
import { serialisePayload } from '../../src/lib/order-lines/serialise.ts';
import type { OrderLine, OrderSpec, PayloadShape } from '../../src/lib/order-lines/types.ts';
import { validateOrderLines } from '../../src/lib/order-lines/validate.ts';

const hosted = { flow: 'hosted', country: 'SE' } as const;

/** The exact sum of the lines' row totals. */
function grossOf(spec: OrderSpec): string {
  return sum(spec.lines.map((l) => rowGross(readLineNumbers(l).numbers) ?? dec('NaN'))).toFixed();
}

function errorsOf(spec: OrderSpec, options: Parameters<typeof validateOrderLines>[1] = hosted): string[] {
  return validateOrderLines(spec, options)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}: ${f.problem}`);
}

function pick(spec: OrderSpec, fields: (keyof OrderLine)[]): string[][] {
  return spec.lines.map((l) => fields.map((f) => l[f]));
}

describe('the hosted-flow discount corrections', () => {
  const { spec } = exampleById('hosted-discount');
  const fixes = buildFixes(spec, hosted);
  const byId = (id: FixOption['id']) => fixes.find((f) => f.id === id);

  test('offers both documented corrections, in this order', () => {
    expect(fixes.map((f) => f.id)).toEqual(['discount-vat-free', 'discount-spread']);
  });

  test('a VAT-free discount line carries the gross amount; the customer’s total is unchanged', () => {
    const fix = byId('discount-vat-free');
    expect(fix?.result.ok).toBe(true);
    if (!fix?.result.ok) return;
    expect(
      pick(fix.result.value, ['artNo', 'unitAmountWithoutVat', 'vatPct', 'totalVatAmount', 'totalAmount']),
    ).toEqual([
      ['1111', '800.00', '25', '200.00', '1000.00'],
      ['1112', '200.00', '25', '50.00', '250.00'],
      ['1113', '-150.00', '0', '0', '-150.00'],
    ]);
    expect([fix.result.value.totalAmount, fix.result.value.totalVatAmount]).toEqual(['1100.00', '250.00']);
    expect(fix.changes).toEqual([
      'Line 3: vatPct 25 → 0',
      'Line 3: totalVatAmount -30.00 → 0',
      'Line 3: unitAmountWithoutVat -120.00 → -150.00',
      'paymentSpec: totalVatAmount 220.00 → 250.00',
    ]);
  });

  test('shows the VAT-free correction’s totals per VAT rate before and after', () => {
    const fix = byId('discount-vat-free');
    const rows = (t: FixOption['before'] | null) =>
      t?.rates.map((r) => [r.rate, r.net.toFixed(2), r.vat.toFixed(2), r.gross.toFixed(2)]);
    expect(rows(fix?.before ?? null)).toEqual([['25', '880.00', '220.00', '1100.00']]);
    expect(rows(fix?.after ?? null)).toEqual([
      ['25', '1000.00', '250.00', '1250.00'],
      ['0', '-150.00', '0.00', '-150.00'],
    ]);
    expect(fix?.consequences[2]).toBe(
      'VAT reported to Resurs changes from 220.00 to 250.00: the discounted goods keep their full VAT.',
    );
  });

  test('spreading the discount lowers the 25% lines’ prices in proportion and removes the discount line', () => {
    const fix = byId('discount-spread');
    expect(fix?.result.ok).toBe(true);
    if (!fix?.result.ok) return;
    expect(
      pick(fix.result.value, ['artNo', 'unitAmountWithoutVat', 'vatPct', 'totalVatAmount', 'totalAmount']),
    ).toEqual([
      ['1111', '704.00', '25', '176.00', '880.00'],
      ['1112', '176.00', '25', '44.00', '220.00'],
    ]);
    expect([fix.result.value.totalAmount, fix.result.value.totalVatAmount]).toEqual(['1100.00', '220.00']);
    expect(fix.after?.rates.map((r) => [r.rate, r.gross.toFixed(2), r.vat.toFixed(2)])).toEqual([
      ['25', '1100.00', '220.00'],
    ]);
  });

  test.each(['discount-vat-free', 'discount-spread'] as const)('the %s correction validates with no error', (id) => {
    const fix = byId(id);
    expect(fix?.result.ok && errorsOf(fix.result.value)).toEqual([]);
    expect(fix?.remaining).toEqual([]);
  });

  test('spreading is refused when no other line has the discount’s VAT rate', () => {
    const lines = [
      makeLine({
        id: '1',
        artNo: 'B',
        quantity: '1',
        unitMeasure: 'st',
        unitAmountWithoutVat: '100',
        vatPct: '6',
        totalVatAmount: '6',
        totalAmount: '106',
      }),
      makeLine({
        id: '2',
        artNo: 'D',
        quantity: '1',
        unitMeasure: 'st',
        unitAmountWithoutVat: '-8',
        vatPct: '25',
        totalVatAmount: '-2',
        totalAmount: '-10',
      }),
    ];
    expect(discountSpreadIntoLines({ lines, totalAmount: '', totalVatAmount: '' })).toEqual({
      ok: false,
      error: 'No other line has the discount’s VAT rate (25%), so it cannot be spread without changing VAT rates.',
    });
  });

  test('spreading is refused when the discount is as large as the lines it would go into', () => {
    const lines = [
      makeLine({
        id: '1',
        artNo: 'A',
        quantity: '1',
        unitMeasure: 'st',
        unitAmountWithoutVat: '8',
        vatPct: '25',
        totalVatAmount: '2',
        totalAmount: '10',
      }),
      makeLine({
        id: '2',
        artNo: 'D',
        quantity: '1',
        unitMeasure: 'st',
        unitAmountWithoutVat: '-8',
        vatPct: '25',
        totalVatAmount: '-2',
        totalAmount: '-10',
      }),
    ];
    expect(discountSpreadIntoLines({ lines, totalAmount: '', totalVatAmount: '' }).ok).toBe(false);
  });

  test('no correction is offered when there is no discount with VAT', () => {
    expect(discountAsVatFreeLine(exampleById('correct').spec).ok).toBe(false);
    expect(buildFixes(exampleById('correct').spec, hosted)).toEqual([]);
  });
});

describe('allocate', () => {
  test.each([
    // Even split.
    ['-150', ['1000', '250'], 2, ['-120.00', '-30.00']],
    // Thirds: the remainder cent goes to the first line with the largest remainder.
    ['-100', ['1', '1', '1'], 2, ['-33.34', '-33.33', '-33.33']],
    // Uneven weights with remainders.
    ['-10', ['3', '3', '1'], 2, ['-4.29', '-4.28', '-1.43']],
  ])('splits %s over %j at %i decimals into parts that add up exactly', (total, weights, scale, parts) => {
    const result = allocate(dec(total), weights.map(dec), scale);
    expect(result.map((p) => p.toFixed(scale))).toEqual(parts);
    expect(sum(result).eq(dec(total))).toBe(true);
  });
});

describe('recompute from the row totals', () => {
  test('fixes unit prices, row VAT and the paymentSpec totals, keeping the row totals', () => {
    const spec: OrderSpec = {
      lines: [
        makeLine({
          id: '1',
          artNo: 'A',
          quantity: '3',
          unitMeasure: 'st',
          unitAmountWithoutVat: '40',
          vatPct: '25',
          totalVatAmount: '20',
          totalAmount: '100',
        }),
        makeLine({ artNo: 'B', quantity: '1', unitMeasure: 'st', unitAmountWithoutVat: '10', vatPct: '12' }),
      ],
      totalAmount: '90',
      totalVatAmount: '',
    };
    const changes: string[] = [];
    const fixed = recomputeFromRowTotals(spec, hosted, changes);
    expect(changes).toEqual([
      'Line 1: unitAmountWithoutVat 40 → 26.66667',
      'Line 2: id (missing) → 2',
      'Line 2: totalAmount (missing) → 11.20',
      'Line 2: totalVatAmount (missing) → 1.20',
      'paymentSpec: totalAmount 90 → 111.20',
      'paymentSpec: totalVatAmount (missing) → 21.20',
    ]);
    expect(errorsOf(fixed)).toEqual([]);
  });

  test('is offered for arithmetic problems, and its result has no error', () => {
    const spec: OrderSpec = {
      lines: [
        makeLine({
          id: '1',
          artNo: 'A',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '1',
          vatPct: '25',
          totalVatAmount: '1',
          totalAmount: '125',
        }),
      ],
      totalAmount: '',
      totalVatAmount: '',
    };
    const [fix] = buildFixes(spec, hosted);
    expect(fix?.id).toBe('recompute');
    expect(fix?.result.ok && errorsOf(fix.result.value)).toEqual([]);
  });

  test('leaves what needs the user’s input and lists it as remaining', () => {
    const spec: OrderSpec = {
      lines: [
        // Fixable: the unit price is off.
        makeLine({
          id: '1',
          artNo: 'A',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '1',
          vatPct: '25',
          totalVatAmount: '25',
          totalAmount: '125',
        }),
        // Not fixable without the user: a decimal comma and quantity 0.
        makeLine({
          id: '2',
          artNo: 'B',
          quantity: '0',
          unitMeasure: 'st',
          unitAmountWithoutVat: '1',
          vatPct: '25',
          totalVatAmount: '9',
          totalAmount: '12,50',
        }),
      ],
      totalAmount: '',
      totalVatAmount: '',
    };
    const [fix] = buildFixes(spec, hosted);
    expect(fix?.changes).toEqual(['Line 1: unitAmountWithoutVat 1 → 100.00']);
    expect(fix?.remaining.map((f) => `${f.rule} line ${f.target.kind === 'line' ? f.target.line + 1 : ''}`)).toEqual([
      'invalid-number line 2',
      'quantity-not-positive line 2',
    ]);
  });
});

/** Random orders: positive lines at Swedish rates, exact by construction, plus discounts with VAT. */
const rate = fc.constantFrom('25', '12', '6');
const positiveLine = fc.record({
  cents: fc.integer({ min: 1, max: 10_000_000 }),
  quantity: fc.oneof(fc.integer({ min: 1, max: 50 }).map(String), fc.constantFrom('0.5', '2.25', '1.333')),
  rate,
});
const order = fc
  .record({
    goods: fc.array(positiveLine, { minLength: 1, maxLength: 8 }),
    discounts: fc.array(fc.record({ share: fc.integer({ min: 1, max: 90 }), pick: fc.nat() }), {
      minLength: 1,
      maxLength: 3,
    }),
    withTotals: fc.boolean(),
  })
  .map(({ goods, discounts, withTotals }) => {
    const lines = goods.map((g, i) => {
      const unit = dec(String(g.cents)).div(100);
      const total = unit.times(g.quantity).times(dec(g.rate).plus(100)).div(100);
      const vat = total.times(g.rate).div(dec(g.rate).plus(100));
      return makeLine({
        id: String(i + 1),
        artNo: `A${i}`,
        quantity: g.quantity,
        unitMeasure: 'st',
        unitAmountWithoutVat: unit.toFixed(),
        vatPct: g.rate,
        totalVatAmount: vat.toFixed(),
        totalAmount: total.toFixed(),
      });
    });
    // Each discount takes a share of what is left at one rate, so it is never larger than those lines.
    const left = new Map<string, ReturnType<typeof dec>>();
    for (const l of lines) left.set(l.vatPct, (left.get(l.vatPct) ?? dec('0')).plus(l.totalAmount));
    for (const [k, d] of discounts.entries()) {
      const rates = [...left.keys()];
      const r = rates[d.pick % rates.length] ?? '25';
      const gross = (left.get(r) ?? dec('0')).times(d.share).div(100).round(2, 0);
      if (gross.lte(0)) continue;
      left.set(r, (left.get(r) ?? dec('0')).minus(gross));
      const f = dec(r).plus(100).div(100);
      lines.push(
        makeLine({
          id: String(lines.length + 1),
          artNo: `D${k}`,
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: gross.div(f).neg().round(5).toFixed(),
          vatPct: r,
          totalVatAmount: gross.times(r).div(dec(r).plus(100)).neg().round(5).toFixed(),
          totalAmount: gross.neg().toFixed(),
        }),
      );
    }
    const spec: OrderSpec = { lines, totalAmount: '', totalVatAmount: '' };
    return withTotals
      ? recomputeFromRowTotals(spec, { ...hosted, shape: { format: 'json', container: 'paymentSpec', path: [] } })
      : spec;
  });

describe('corrected payloads, for random orders', () => {
  test.each(['discount-vat-free', 'discount-spread'] as const)(
    'the %s correction validates with no error and keeps the intended total',
    (id) => {
      fc.assert(
        fc.property(order, (spec) => {
          const fixes = buildFixes(spec, hosted);
          const fix = fixes.find((f) => f.id === id);
          if (!fix?.result.ok)
            return validateOrderLines(spec, hosted).findings.every((f) => f.rule !== 'discount-with-vat');
          expect(errorsOf(fix.result.value)).toEqual([]);
          expect(grossOf(fix.result.value)).toBe(grossOf(spec));
          return true;
        }),
        { numRuns: 300 },
      );
    },
  );

  test('recompute fixes any perturbed unit price, row VAT or payment total and keeps the row totals', () => {
    const perturbed = fc
      .tuple(
        order,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('unit', 'vat'), fc.integer({ min: -5000, max: 5000 })), {
          maxLength: 5,
        }),
        fc.integer({ min: -100, max: 100 }),
      )
      .map(([spec, changes, totalDelta]) => {
        const lines = spec.lines.map((l) =>
          dec(l.totalAmount).lt(0)
            ? { ...l, vatPct: '0', totalVatAmount: '0', unitAmountWithoutVat: l.totalAmount }
            : l,
        );
        for (const [pickLine, field, cents] of changes) {
          const i = pickLine % lines.length;
          const line = lines[i] as OrderLine;
          // A VAT amount on a VAT-free discount is a discount with VAT, which recompute does not change.
          if (dec(line.totalAmount).lt(0)) continue;
          const key = field === 'unit' ? 'unitAmountWithoutVat' : 'totalVatAmount';
          lines[i] = {
            ...line,
            [key]: dec(line[key])
              .plus(dec(String(cents)).div(100))
              .toFixed(),
          };
        }
        const total = sum(lines.map((l) => dec(l.totalAmount)))
          .plus(String(totalDelta))
          .toFixed();
        return { lines, totalAmount: total, totalVatAmount: '' } satisfies OrderSpec;
      });
    fc.assert(
      fc.property(perturbed, (spec) => {
        const fixed = recomputeFromRowTotals(spec, hosted);
        expect(errorsOf(fixed).filter((e) => !e.startsWith('total-not-positive'))).toEqual([]);
        expect(grossOf(fixed)).toBe(grossOf(spec));
      }),
      { numRuns: 300 },
    );
  });
});

describe('“Copy corrected payload” in the pasted format', () => {
  const shapes: [string, PayloadShape][] = [
    ['JSON paymentSpec', { format: 'json', container: 'paymentSpec', path: [] }],
    ['nested JSON', { format: 'json', container: 'paymentSpec', path: ['order', 'paymentSpec'] }],
    ['SOAP XML', { format: 'xml', container: 'paymentSpec', element: 'paymentSpec', prefix: '' }],
    ['after-shop XML', { format: 'xml', container: 'paymentSpec', element: 'partPaymentSpec', prefix: 'aft' }],
  ];
  test.each(shapes)('a corrected %s payload reads back and validates with no error', (_name, shape) => {
    const { spec } = exampleById('hosted-discount');
    for (const fix of buildFixes(spec, { ...hosted, shape })) {
      if (!fix.result.ok) throw new Error(fix.result.error);
      const text = serialisePayload(fix.result.value, shape);
      const read = readPayload(text);
      expect(read.ok && read.value.shape).toEqual(shape);
      if (!read.ok) return;
      expect(errorsOf(read.value.spec, { ...hosted, shape })).toEqual([]);
      expect(read.value.spec.totalAmount).toBe('1100.00');
    }
  });
});
