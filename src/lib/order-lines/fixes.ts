import Big from 'big.js';
import { byCount } from '../shared/count.ts';
import type { Result } from '../shared/result.ts';
import { type Decimal, dec, decimalsOf, formatDecimal, parseDecimal, sum, ZERO } from './decimal.ts';
import { flowById } from './flows.ts';
import { amount, plain } from './format.ts';
import {
  type LineNumbers,
  type OrderTotals,
  readLineNumbers,
  resursRowVat,
  resursUnitPrice,
  rowGross,
  rowVatSent,
  rowVatWithinTolerance,
  unitPriceWithinTolerance,
} from './line-math.ts';
import type { Finding, OrderLine, OrderSpec } from './types.ts';
import { type Validation, type ValidationOptions, validateOrderLines } from './validate.ts';

/** The corrections the tool can compute. */
export type FixId = 'recompute' | 'discount-vat-free' | 'discount-spread';

/** One way of correcting the order, with what it changes and what that means. */
export interface FixOption {
  id: FixId;
  title: string;
  /** What this means for the customer, the VAT and the invoice. */
  consequences: string[];
  /** The corrected order, or why this correction is not possible here. */
  result: Result<OrderSpec>;
  /** Field-by-field changes, e.g. "Line 3: vatPct 25 → 0". */
  changes: string[];
  before: OrderTotals;
  after: OrderTotals | null;
  /** Errors the correction cannot remove (they need the user's input). */
  remaining: Finding[];
}

/** An exact decimal with at least two decimals ('1100.00', '12.568'). Never throws. */
function exact(value: Decimal): string {
  const text = value.toFixed();
  if (!text.includes('.')) return `${text}.00`;
  return decimalsOf(text) < 2 ? `${text}0` : text;
}

/** An exact sum if it has at most 5 decimals, else rounded to 5 (a sum of computed VAT amounts). */
function tidy(value: Decimal): string {
  return decimalsOf(value.toFixed()) > 5 ? derived(value) : exact(value);
}

/** A derived amount (unit price, VAT) rounded to 5 decimals, like getPayment. Never throws. */
function derived(value: Decimal): string {
  return formatDecimal(value, 5, 2);
}

/** Whether a line's numbers make it a discount Resurs' hosted flow rejects: negative, with VAT. */
function isDiscountWithVat(numbers: LineNumbers): boolean {
  const gross = rowGross(numbers);
  return Boolean(gross?.lt(0) && (numbers.vatPct?.eq(0) === false || numbers.totalVatAmount?.eq(0) === false));
}

/** Records a field change on a copied line. */
function change(lines: OrderLine[], index: number, field: keyof OrderLine, value: string, log: string[]): void {
  const line = lines[index];
  if (!line || line[field] === value) return;
  log.push(`Line ${index + 1}: ${field} ${line[field].trim() === '' ? '(missing)' : line[field].trim()} → ${value}`);
  lines[index] = { ...line, [field]: value };
}

/**
 * Recomputes what Resurs would recompute, keeping every row total (Resurs treats them as
 * authoritative): unit prices and row VAT beyond the tolerance, missing row totals and VAT where the
 * other fields give them, missing ids, and the paymentSpec totals. Never throws.
 */
export function recomputeFromRowTotals(spec: OrderSpec, options: ValidationOptions, log: string[] = []): OrderSpec {
  const flow = flowById(options.flow);
  const lines = [...spec.lines];
  const read = lines.map((line) => readLineNumbers(line).numbers);
  lines.forEach((line, index) => {
    if (flow.required.includes('id') && line.id.trim() === '') change(lines, index, 'id', String(index + 1), log);
    const numbers = read[index] as LineNumbers;
    const { quantity: q, vatPct: v, unitAmountWithoutVat: unit } = numbers;
    if (!q || !v || q.eq(0) || v.eq(-100)) return;
    let total = numbers.totalAmount;
    if (!total && unit && flow.required.includes('totalAmount')) {
      total = rowGross(numbers);
      if (total) change(lines, index, 'totalAmount', exact(total), log);
    }
    if (!total) return;
    if (unit && !unitPriceWithinTolerance(unit, total, q, v)) {
      change(lines, index, 'unitAmountWithoutVat', derived(resursUnitPrice(total, q, v)), log);
    }
    const vat = numbers.totalVatAmount;
    const needsVat = flow.required.includes('totalVatAmount') && !vat;
    if (needsVat || (vat && !rowVatWithinTolerance(vat, total, v))) {
      change(lines, index, 'totalVatAmount', derived(resursRowVat(total, v)), log);
    }
    if (lines[index] !== line) read[index] = readLineNumbers(lines[index] as OrderLine).numbers;
  });
  const next: OrderSpec = { ...spec, lines };
  const hasSpecTotals =
    options.shape?.container === 'paymentSpec' || spec.totalAmount.trim() !== '' || spec.totalVatAmount.trim() !== '';
  if (hasSpecTotals && lines.length > 0) {
    // The payment's totals are the sums of the (corrected) rows' gross amounts and VAT.
    for (const [field, values] of [
      ['totalAmount', read.map(rowGross)],
      ['totalVatAmount', read.map(rowVatSent)],
    ] as const) {
      if (!values.every((x) => x !== undefined)) continue;
      const expected = sum(values as Decimal[]);
      const sent = parseDecimal(spec[field]);
      if (!sent.ok || !sent.value.eq(expected)) {
        log.push(`paymentSpec: ${field} ${spec[field].trim() || '(missing)'} → ${tidy(expected)}`);
        next[field] = tidy(expected);
      }
    }
  }
  return next;
}

/**
 * Hosted-flow correction 1: each discount with VAT becomes a VAT-free line carrying the gross
 * amount, so the customer's total is unchanged. Never throws.
 */
export function discountAsVatFreeLine(spec: OrderSpec, log: string[] = []): Result<OrderSpec> {
  const lines = [...spec.lines];
  let count = 0;
  lines.forEach((line, index) => {
    const { numbers } = readLineNumbers(line);
    if (!isDiscountWithVat(numbers)) return;
    const gross = rowGross(numbers);
    const q = numbers.quantity;
    if (!gross || !q || q.eq(0)) return;
    count++;
    change(lines, index, 'vatPct', '0', log);
    change(lines, index, 'totalVatAmount', '0', log);
    change(lines, index, 'unitAmountWithoutVat', derived(gross.div(q)), log);
    if (!numbers.totalAmount) change(lines, index, 'totalAmount', exact(gross), log);
  });
  if (count === 0)
    return { ok: false, error: 'No discount line with VAT and a readable amount and quantity was found.' };
  return { ok: true, value: { ...spec, lines } };
}

/**
 * Splits `total` (negative) over `weights` (positive) in proportion, at `scale` decimals, so that
 * the parts add up to `total` exactly (largest remainder). Never throws for positive weights.
 */
export function allocate(total: Decimal, weights: readonly Decimal[], scale: number): Decimal[] {
  // One division: each part is its weight times total ÷ sum; the largest-remainder step below makes the sum exact.
  const factor = total.div(sum(weights));
  const raw = weights.map((w) => w.times(factor));
  const parts = raw.map((r) => r.round(scale, Big.roundDown));
  let rest = total.minus(sum(parts));
  const unit = dec('1')
    .div(dec('10').pow(scale))
    .times(total.lt(0) ? -1 : 1);
  const order = raw
    .map((r, i) => ({ i, remainder: r.minus(parts[i] ?? ZERO).abs() }))
    .sort((a, b) => b.remainder.cmp(a.remainder) || a.i - b.i);
  for (let k = 0; !rest.eq(0) && k < order.length * 2; k++) {
    const slot = order[k % order.length];
    if (!slot) break;
    parts[slot.i] = (parts[slot.i] ?? ZERO).plus(unit);
    rest = rest.minus(unit);
  }
  return parts;
}

/**
 * Hosted-flow correction 2: the discounts with VAT are spread into the prices of the positive lines
 * with the same VAT rate, in proportion to their row totals, and removed. Row totals absorb the
 * discount exactly; unit prices and VAT follow, to 5 decimals. Never throws; fails when no line
 * has a discount's VAT rate or the discounts are as large as those lines.
 */
export function discountSpreadIntoLines(spec: OrderSpec, log: string[] = []): Result<OrderSpec> {
  const lines = [...spec.lines];
  const read = lines.map((line) => readLineNumbers(line).numbers);
  const discounts = new Map<string, { rate: Decimal; total: Decimal; lines: number[] }>();
  const candidates = new Map<string, number[]>();
  for (const [index, numbers] of read.entries()) {
    const gross = rowGross(numbers);
    const rate = numbers.vatPct;
    if (!gross || !rate) {
      if (isDiscountWithVat(numbers))
        return { ok: false, error: `Line ${index + 1}: the discount’s VAT rate cannot be read.` };
      continue;
    }
    const key = rate.toFixed();
    if (isDiscountWithVat(numbers)) {
      const group = discounts.get(key) ?? { rate, total: ZERO, lines: [] };
      group.total = group.total.plus(gross);
      group.lines.push(index);
      discounts.set(key, group);
    } else if (gross.gt(0) && numbers.quantity && !numbers.quantity.eq(0)) {
      candidates.set(key, [...(candidates.get(key) ?? []), index]);
    }
  }
  if (discounts.size === 0) return { ok: false, error: 'No discount line with VAT was found.' };
  for (const [key, discount] of discounts) {
    const affected = candidates.get(key) ?? [];
    if (affected.length === 0) {
      return {
        ok: false,
        error: `No other line has the discount’s VAT rate (${plain(discount.rate)}%), so it cannot be spread without changing VAT rates.`,
      };
    }
    const grosses = affected.map((i) => rowGross(read[i] as LineNumbers) ?? ZERO);
    const base = sum(grosses);
    if (base.lte(discount.total.abs())) {
      return {
        ok: false,
        error: `The discount (${amount(discount.total)}) is as large as the ${plain(discount.rate)}% lines it would be spread into (${amount(base)}).`,
      };
    }
    const scale = Math.min(
      10,
      Math.max(2, decimalsOf(discount.total.toFixed()), ...grosses.map((g) => decimalsOf(g.toFixed()))),
    );
    const shares = allocate(discount.total, grosses, scale);
    affected.forEach((index, k) => {
      const total = (grosses[k] ?? ZERO).plus(shares[k] ?? ZERO);
      const q = (read[index] as LineNumbers).quantity ?? dec('1');
      change(lines, index, 'totalAmount', exact(total), log);
      change(lines, index, 'unitAmountWithoutVat', derived(resursUnitPrice(total, q, discount.rate)), log);
      change(lines, index, 'totalVatAmount', derived(resursRowVat(total, discount.rate)), log);
    });
    const into =
      affected.length === 1
        ? `line ${(affected[0] ?? 0) + 1}`
        : `the ${affected.length} lines at ${plain(discount.rate)}%`;
    for (const d of discount.lines)
      log.push(`Line ${d + 1}: removed (its share of ${amount(discount.total)} spread into ${into})`);
  }
  const removed = new Set([...discounts.values()].flatMap((d) => d.lines));
  return { ok: true, value: { ...spec, lines: lines.filter((_, i) => !removed.has(i)) } };
}

function grossOf(totals: OrderTotals): string {
  return amount(totals.total.gross);
}

/**
 * The corrections that apply to this order, each with its result, consequences and totals per
 * VAT rate before and after. Hosted-flow discounts with VAT get both documented corrections; other
 * arithmetic problems get "recompute from the row totals". Never throws.
 */
export function buildFixes(
  spec: OrderSpec,
  options: ValidationOptions,
  validation: Validation = validateOrderLines(spec, options),
): FixOption[] {
  const before = validation.totals;
  const rules = new Set(validation.findings.map((f) => f.rule));
  const option = (
    id: FixId,
    title: string,
    run: (log: string[]) => Result<OrderSpec>,
    consequences: (after: OrderTotals) => string[],
  ): FixOption => {
    const changes: string[] = [];
    const result = run(changes);
    if (!result.ok) return { id, title, consequences: [], result, changes: [], before, after: null, remaining: [] };
    const checked = validateOrderLines(result.value, options);
    const after = checked.totals;
    const remaining = checked.findings.filter((f) => f.severity === 'error');
    return { id, title, consequences: consequences(after), result, changes, before, after, remaining };
  };
  const recompute = (log: string[], first: Result<OrderSpec>): Result<OrderSpec> =>
    first.ok ? { ok: true, value: recomputeFromRowTotals(first.value, options, log) } : first;

  if (rules.has('discount-with-vat')) {
    const discounts = validation.findings.filter((f) => f.rule === 'discount-with-vat').length;
    return [
      option(
        'discount-vat-free',
        'Send the discount as a VAT-free line',
        (log) => recompute(log, discountAsVatFreeLine(spec, log)),
        (after) => [
          `The customer pays the same: the total stays ${grossOf(after)}.`,
          `The discount becomes ${byCount(discounts, 'a line', `${discounts} lines`)} at 0% VAT carrying the gross amount, as Resurs’ WooCommerce notes advise for hosted flow.`,
          `VAT reported to Resurs changes from ${amount(before.total.vat)} to ${amount(after.total.vat)}: the discounted goods keep their full VAT.`,
          'Whether Resurs expects a discount to be split per VAT rate is not documented: UNCONFIRMED. Your bookkeeping may still need the VAT split.',
        ],
      ),
      option(
        'discount-spread',
        'Spread the discount into the lines’ prices',
        (log) => recompute(log, discountSpreadIntoLines(spec, log)),
        (after) => [
          `The customer pays the same: the total stays ${grossOf(after)}.`,
          'The goods with the discount’s VAT rate get lower prices, in proportion to their row totals; the discount line disappears.',
          `VAT falls with the discount: ${amount(before.total.vat)} before, ${amount(after.total.vat)} after.`,
          'The invoice no longer shows the discount as a line of its own.',
        ],
      ),
    ];
  }
  const arithmetic = ['line-total-mismatch', 'line-vat-mismatch', 'spec-total-mismatch', 'spec-vat-mismatch'];
  const fillable = validation.findings.some(
    (f) => f.rule === 'missing-field' && ['id', 'totalAmount', 'totalVatAmount'].includes(f.target.field),
  );
  if (!arithmetic.some((r) => rules.has(r as Finding['rule'])) && !fillable) return [];
  return [
    option(
      'recompute',
      'Recompute from the row totals',
      (log) => ({ ok: true, value: recomputeFromRowTotals(spec, options, log) }),
      (after) => [
        `Row totals are kept (Resurs treats them as authoritative), so the customer pays ${grossOf(after)}.`,
        'Unit prices and VAT amounts that were off by more than 0.05 are recomputed the way Resurs does, to 5 decimals.',
        ...(rules.has('spec-total-mismatch')
          ? [
              'paymentSpec.totalAmount is set to the sum of the lines. If the old total was the intended amount, a line is wrong instead: correct it in the table.',
            ]
          : []),
      ],
    ),
  ];
}
