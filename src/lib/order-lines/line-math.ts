import { type Decimal, dec, parseDecimal, sum } from './decimal.ts';
import type { LineField, OrderLine } from './types.ts';

/** The numeric fields of a line. */
export const numericFields = ['quantity', 'unitAmountWithoutVat', 'vatPct', 'totalVatAmount', 'totalAmount'] as const;

/** One of {@link numericFields}. */
export type NumericField = (typeof numericFields)[number];

/** A line's numbers, where they are present and readable, and which present ones are unreadable. */
export type LineNumbers = Partial<Record<NumericField, Decimal>> & { unreadable: readonly NumericField[] };

/** Resurs' tolerance: differences up to 0.05 currency units are absorbed (developers.resurs.com, Rounding). */
export const TOLERANCE: Decimal = dec('0.05');

const HUNDRED = dec('100');

/** Reads a line's numeric fields; unreadable ones are listed with the reason. Never throws. */
export function readLineNumbers(line: OrderLine): {
  numbers: LineNumbers;
  invalid: { field: LineField; message: string }[];
} {
  const numbers: Partial<Record<NumericField, Decimal>> = {};
  const unreadable: NumericField[] = [];
  const invalid: { field: LineField; message: string }[] = [];
  for (const field of numericFields) {
    if (line[field].trim() === '') continue;
    const parsed = parseDecimal(line[field]);
    if (parsed.ok) numbers[field] = parsed.value;
    else {
      unreadable.push(field);
      invalid.push({ field, message: parsed.error });
    }
  }
  return { numbers: { ...numbers, unreadable }, invalid };
}

/**
 * The unit price without VAT that Resurs uses: row total ÷ ((1 + VAT%/100) × quantity)
 * (developers.resurs.com, Rounding). Throws if quantity is 0 or VAT% is −100.
 */
export function resursUnitPrice(total: Decimal, quantity: Decimal, vatPct: Decimal): Decimal {
  return total.times(HUNDRED).div(HUNDRED.plus(vatPct).times(quantity));
}

/**
 * The row's VAT as Resurs computes it: VAT% × quantity × the recomputed unit price, which is
 * total × VAT% ÷ (100 + VAT%). Throws if VAT% is −100.
 */
export function resursRowVat(total: Decimal, vatPct: Decimal): Decimal {
  return total.times(vatPct).div(HUNDRED.plus(vatPct));
}

/**
 * Whether the sent unit price is within 0.05 of the one Resurs recomputes from the row total.
 * Exact: compares u × (100 + v) × q with 100 × total, so no division rounds at the boundary.
 * Never throws; false when the line cannot be recomputed (quantity 0, VAT% −100).
 */
export function unitPriceWithinTolerance(unit: Decimal, total: Decimal, quantity: Decimal, vatPct: Decimal): boolean {
  const scale = HUNDRED.plus(vatPct).times(quantity).abs();
  if (scale.eq(0)) return false;
  return unit.times(HUNDRED.plus(vatPct)).times(quantity).minus(total.times(HUNDRED)).abs().lte(TOLERANCE.times(scale));
}

/** Whether the sent row VAT is within 0.05 of Resurs' recomputed row VAT. Exact, like the unit check. Never throws. */
export function rowVatWithinTolerance(vat: Decimal, total: Decimal, vatPct: Decimal): boolean {
  const scale = HUNDRED.plus(vatPct).abs();
  if (scale.eq(0)) return false;
  return vat.times(HUNDRED.plus(vatPct)).minus(total.times(vatPct)).abs().lte(TOLERANCE.times(scale));
}

/**
 * A line's row total including VAT: the sent totalAmount, or (where the flow lets it out, as
 * Resurs Checkout does) unit × quantity × (1 + VAT%/100). Undefined if neither can be read. Never throws.
 */
export function rowGross(numbers: LineNumbers): Decimal | undefined {
  if (numbers.totalAmount) return numbers.totalAmount;
  if (numbers.unreadable.includes('totalAmount')) return undefined;
  const { unitAmountWithoutVat: unit, quantity, vatPct } = numbers;
  if (!unit || !quantity || !vatPct) return undefined;
  return unit.times(quantity).times(HUNDRED.plus(vatPct)).div(HUNDRED);
}

/** A line's row VAT as sent, or else as computed from its gross. Undefined if it cannot be known. Never throws. */
export function rowVatSent(numbers: LineNumbers): Decimal | undefined {
  if (numbers.totalVatAmount) return numbers.totalVatAmount;
  if (numbers.unreadable.includes('totalVatAmount')) return undefined;
  const gross = rowGross(numbers);
  if (!gross || !numbers.vatPct || HUNDRED.plus(numbers.vatPct).eq(0)) return undefined;
  return resursRowVat(gross, numbers.vatPct);
}

/** Net, VAT and gross of a group of lines. */
export interface Amounts {
  net: Decimal;
  vat: Decimal;
  gross: Decimal;
}

/** The totals of one VAT rate. */
export interface RateTotals extends Amounts {
  /** The rate as a plain decimal string ('25', '25.5'). */
  rate: string;
  lines: number;
}

/** Totals per VAT rate and overall. */
export interface OrderTotals {
  rates: RateTotals[];
  total: Amounts;
  /** Lines left out because their amounts or VAT rate could not be read. */
  skipped: number;
}

/**
 * Net, VAT and gross per VAT rate and in total, as Resurs computes them: the row totals are
 * authoritative and VAT is recomputed from them (per rate: gross × VAT% ÷ (100 + VAT%), the sum of
 * the rows' VAT). Rates are listed highest first. Pass the lines' numbers if already read. Never throws.
 */
export function totalsByVatRate(lines: readonly OrderLine[], read?: readonly LineNumbers[]): OrderTotals {
  const groups = new Map<string, { rate: Decimal; gross: Decimal; lines: number }>();
  let skipped = 0;
  lines.forEach((line, index) => {
    const numbers = read?.[index] ?? readLineNumbers(line).numbers;
    const gross = rowGross(numbers);
    const vatPct = numbers.vatPct;
    if (!gross || !vatPct || HUNDRED.plus(vatPct).eq(0)) {
      skipped++;
      return;
    }
    const key = vatPct.toFixed();
    const group = groups.get(key);
    if (group) {
      group.gross = group.gross.plus(gross);
      group.lines++;
    } else groups.set(key, { rate: vatPct, gross, lines: 1 });
  });
  const rates = [...groups]
    .map(([rate, g]) => {
      const vat = resursRowVat(g.gross, g.rate);
      return { rate, gross: g.gross, vat, net: g.gross.minus(vat), lines: g.lines };
    })
    .sort((a, b) => dec(b.rate).cmp(dec(a.rate)));
  const gross = sum(rates.map((r) => r.gross));
  const vat = sum(rates.map((r) => r.vat));
  return { rates, total: { gross, vat, net: gross.minus(vat) }, skipped };
}
