import { vatPresetById } from '../../data/vat-rates.ts';
import { type Decimal, dec, parseDecimal, sum } from './decimal.ts';
import { flowById } from './flows.ts';
import { amount, moreOrLess, plain } from './format.ts';
import {
  type LineNumbers,
  type OrderTotals,
  readLineNumbers,
  resursRowVat,
  resursUnitPrice,
  rowGross,
  rowVatSent,
  rowVatWithinTolerance,
  TOLERANCE,
  totalsByVatRate,
  unitPriceWithinTolerance,
} from './line-math.ts';
import type {
  Finding,
  FindingTarget,
  FlowId,
  LineField,
  OrderLine,
  OrderSpec,
  PayloadShape,
  Verdict,
} from './types.ts';

/** What the rules depend on besides the lines. */
export interface ValidationOptions {
  flow: FlowId;
  /** A country id of src/data/vat-rates.ts (SE, NO, FI, DK). */
  country: string;
  /** How the lines were sent; a paymentSpec container must carry totalAmount. */
  shape?: PayloadShape;
}

/** The outcome of checking an order. */
export interface Validation {
  findings: Finding[];
  verdict: Verdict;
  /** Silent re-computations within the tolerance, which are not problems but worth knowing. */
  notes: string[];
  totals: OrderTotals;
}

/** Longest artNo: specLine.artNo is a string of at most 100 characters (developers.resurs.com, specLine). */
export const MAX_ARTNO_LENGTH = 100;

const UNCONFIRMED_BEYOND =
  'Resurs absorbs differences up to 0.05; this one is larger. What Resurs then does (reject the payment or re-compute the line) is not documented: UNCONFIRMED.';

/** The verdict for a list of findings: errors, else warnings, else ok. Never throws. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  return findings.length > 0 ? 'warnings' : 'ok';
}

/**
 * Checks order lines the way Resurs does (developers.resurs.com: specLine, paymentSpec, Rounding;
 * the FAQ for hosted-flow discounts) and returns every finding, in line order with the payment
 * totals last. Never throws, whatever the lines contain.
 */
export function validateOrderLines(spec: OrderSpec, options: ValidationOptions): Validation {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const read = spec.lines.map((line, index) => checkLine(line, index, options, findings, notes));
  checkSpec(spec, options, read.map(rowGross), read.map(rowVatSent), findings);
  return { findings, verdict: verdictOf(findings), notes, totals: totalsByVatRate(spec.lines, read) };
}

function checkLine(
  line: OrderLine,
  index: number,
  options: ValidationOptions,
  findings: Finding[],
  notes: string[],
): LineNumbers {
  const flow = flowById(options.flow);
  const at = (field: LineField): FindingTarget => ({ kind: 'line', line: index, field });

  for (const field of flow.required) {
    if (line[field].trim() !== '') continue;
    findings.push({
      rule: 'missing-field',
      severity: 'error',
      target: at(field),
      problem: `${field} is missing or empty.`,
      resurs:
        flow.linesName === 'specLines'
          ? `Resurs’ specLine type requires ${field} on every line (occurs 1..1).`
          : `Every line of Resurs Checkout’s orderLines examples has ${field}.`,
      fix: field === 'id' ? 'Give every line an id, for example its line number.' : `Add ${field} to the line.`,
    });
  }

  const { numbers, invalid } = readLineNumbers(line);
  for (const { field, message } of invalid) {
    findings.push({
      rule: 'invalid-number',
      severity: 'error',
      target: at(field),
      problem: `${field} ${message}.`,
      resurs: `Resurs types ${field} as a decimal: digits, an optional decimal point and an optional minus sign.`,
      fix: 'Send a plain decimal: a point for decimals, no exponent, thousands separators, spaces, currency or % sign.',
    });
  }

  const artNoLength = [...line.artNo].length;
  if (artNoLength > MAX_ARTNO_LENGTH) {
    findings.push({
      rule: 'artno-too-long',
      severity: 'error',
      target: at('artNo'),
      problem: `artNo has ${artNoLength} characters.`,
      resurs: `specLine.artNo is a string of at most ${MAX_ARTNO_LENGTH} characters.`,
      fix: `Send an article number of at most ${MAX_ARTNO_LENGTH} characters (move long text to description).`,
    });
  }

  const { quantity: q, unitAmountWithoutVat: unit, vatPct: v, totalVatAmount: vat, totalAmount: total } = numbers;
  if (q?.eq(0)) {
    findings.push({
      rule: 'quantity-not-positive',
      severity: 'error',
      target: at('quantity'),
      problem: 'quantity is 0.',
      resurs:
        'Resurs recomputes the unit price as row total ÷ ((1 + VAT%/100) × quantity), which is impossible with quantity 0.',
      fix: 'Send a positive quantity, or leave the line out.',
    });
  } else if (q?.lt(0)) {
    findings.push({
      rule: 'quantity-not-positive',
      severity: 'warning',
      target: at('quantity'),
      problem: `quantity is ${plain(q)}.`,
      resurs:
        'Resurs’ examples put the minus sign on the price, never on the quantity (a discount is quantity 1 with unitAmountWithoutVat −5.0). How a negative quantity is treated is not documented: UNCONFIRMED.',
      fix: `Send quantity ${plain(q.abs())} with a negative unit price and row total.`,
    });
  }

  if (v) checkVatRate(v, options.country, at('vatPct'), findings);

  const gross = rowGross(numbers);
  if (flow.rejectsDiscountWithVat && gross?.lt(0) && (v?.eq(0) === false || vat?.eq(0) === false)) {
    findings.push({
      rule: 'discount-with-vat',
      severity: 'error',
      target: at('vatPct'),
      problem: `A negative line (total ${amount(gross)}) carries VAT (${v ? `${plain(v)}%` : 'a VAT amount'}${vat ? `, VAT ${amount(vat)}` : ''}).`,
      resurs:
        'Hosted flow rejects negative values when a discount carries VAT, so the customer cannot complete the purchase (Resurs FAQ; notes for Resurs’ WooCommerce plugin).',
      fix: 'Send the discount without VAT. The corrections below compute both ways of doing it.',
    });
  }

  const computable = q && v && !q.eq(0) && !v.eq(-100);
  if (computable && unit && total) {
    const recomputed = resursUnitPrice(total, q, v);
    const difference = unit.minus(recomputed);
    if (!unitPriceWithinTolerance(unit, total, q, v)) {
      const rowFromUnit = unit.times(q).times(dec('100').plus(v)).div(100);
      findings.push({
        rule: 'line-total-mismatch',
        severity: 'error',
        target: at('totalAmount'),
        problem: `Resurs recomputes the unit price from the row total: ${amount(total)} ÷ ((1 + ${plain(v)}/100) × ${plain(q)}) = ${amount(recomputed)}. The line says ${amount(unit)}, ${amount(difference.abs())} ${moreOrLess(difference)}: beyond the 0.05 tolerance.`,
        resurs: `The row total is authoritative. ${UNCONFIRMED_BEYOND}`,
        fix: `If the row total is right, send unitAmountWithoutVat ${amount(recomputed)}. If the unit price is right, send totalAmount ${amount(rowFromUnit)}.`,
      });
    } else if (!difference.eq(0)) {
      notes.push(
        `Line ${index + 1}: Resurs uses the unit price ${amount(recomputed)}, recomputed from the row total (the line says ${amount(unit)}; ${amount(difference.abs())} apart, within 0.05).`,
      );
    }
  }
  if (computable && vat && total && !rowVatWithinTolerance(vat, total, v)) {
    const expected = resursRowVat(total, v);
    const difference = vat.minus(expected);
    findings.push({
      rule: 'line-vat-mismatch',
      severity: 'error',
      target: at('totalVatAmount'),
      problem: `Resurs recomputes the row VAT from the row total: ${amount(total)} × ${plain(v)} ÷ (100 + ${plain(v)}) = ${amount(expected)}. The line says ${amount(vat)}, ${amount(difference.abs())} ${moreOrLess(difference)}: beyond the 0.05 tolerance.`,
      resurs: `VAT is recomputed as VAT% × the recomputed net amount. ${UNCONFIRMED_BEYOND}`,
      fix: `Send totalVatAmount ${amount(expected)}.`,
    });
  }
  return numbers;
}

/** The preset rates as decimals, read once per country (this runs for every line). */
const presetRates = new Map<string, Decimal[]>();

function checkVatRate(v: Decimal, countryId: string, target: FindingTarget, findings: Finding[]): void {
  const preset = vatPresetById(countryId);
  let rates = presetRates.get(preset.id);
  if (!rates) {
    rates = preset.rates.map((r) => dec(r.rate));
    presetRates.set(preset.id, rates);
  }
  if (v.eq(0) || rates.some((r) => r.eq(v))) return;
  const list = preset.rates.map((r) => `${r.rate}%`).join(', ');
  const former = preset.former.find((r) => dec(r.rate).eq(v));
  const fraction = v.gt(0) && v.lt(1) ? ` vatPct is a percentage: ${plain(v.times(100))}, not ${plain(v)}.` : '';
  findings.push({
    rule: 'vat-rate-unusual',
    severity: 'warning',
    target,
    problem: `${plain(v)}% is not a VAT rate of ${preset.country} (${list}, or 0%).${former ? ` ${former.note}` : ''}${fraction}`,
    resurs: 'Resurs accepts any vatPct; this only compares it with the country’s rates (a preset you can change).',
    fix: 'Check the product’s VAT rate. If it is right (another country, a special rate), ignore this warning.',
  });
}

function checkSpec(
  spec: OrderSpec,
  options: ValidationOptions,
  grosses: readonly (Decimal | undefined)[],
  vats: readonly (Decimal | undefined)[],
  findings: Finding[],
): void {
  const specTarget = (field: 'totalAmount' | 'totalVatAmount'): FindingTarget => ({ kind: 'spec', field });
  const read = (field: 'totalAmount' | 'totalVatAmount'): Decimal | undefined => {
    if (spec[field].trim() === '') return undefined;
    const parsed = parseDecimal(spec[field]);
    if (parsed.ok) return parsed.value;
    findings.push({
      rule: 'invalid-number',
      severity: 'error',
      target: specTarget(field),
      problem: `paymentSpec.${field} ${parsed.error}.`,
      resurs: `Resurs types paymentSpec.${field} as a decimal.`,
      fix: 'Send a plain decimal: a point for decimals, no exponent, separators, spaces or symbols.',
    });
    return undefined;
  };
  const sentTotal = read('totalAmount');
  const sentVat = read('totalVatAmount');
  const isPaymentSpec = options.shape?.container === 'paymentSpec';

  if (spec.lines.length === 0 && spec.totalAmount.trim() === '') {
    findings.push({
      rule: 'missing-field',
      severity: 'error',
      target: specTarget('totalAmount'),
      problem: 'There are no lines and no payment total.',
      resurs: 'paymentSpec.totalAmount is required (1..1); without lines it is the only value to send.',
      fix: 'Add the order lines, or send totalAmount.',
    });
    return;
  }
  if (isPaymentSpec && spec.totalAmount.trim() === '') {
    findings.push({
      rule: 'missing-field',
      severity: 'error',
      target: specTarget('totalAmount'),
      problem: 'paymentSpec has no totalAmount.',
      resurs: 'paymentSpec.totalAmount is required (1..1): the sum of the line totals including VAT.',
      fix: 'Send totalAmount, the sum of the lines’ totalAmount.',
    });
  }

  const allGross = grosses.every((g) => g !== undefined);
  const linesGross = allGross ? sum(grosses as Decimal[]) : undefined;
  if (sentTotal && linesGross && spec.lines.length > 0 && sentTotal.minus(linesGross).abs().gt(TOLERANCE)) {
    const difference = sentTotal.minus(linesGross);
    findings.push({
      rule: 'spec-total-mismatch',
      severity: 'error',
      target: specTarget('totalAmount'),
      problem: `paymentSpec.totalAmount is ${amount(sentTotal)} but the lines add up to ${amount(linesGross)}: ${amount(difference.abs())} ${moreOrLess(difference)}, beyond the 0.05 tolerance.`,
      resurs: `totalAmount is the sum of the line totals including VAT. ${UNCONFIRMED_BEYOND}`,
      fix: `Send totalAmount ${amount(linesGross)}, or correct the line that is wrong.`,
    });
  }
  const allVat = vats.every((x) => x !== undefined);
  const linesVat = allVat ? sum(vats as Decimal[]) : undefined;
  if (sentVat && linesVat && spec.lines.length > 0 && sentVat.minus(linesVat).abs().gt(TOLERANCE)) {
    const difference = sentVat.minus(linesVat);
    findings.push({
      rule: 'spec-vat-mismatch',
      severity: 'error',
      target: specTarget('totalVatAmount'),
      problem: `paymentSpec.totalVatAmount is ${amount(sentVat)} but the lines’ VAT adds up to ${amount(linesVat)}: ${amount(difference.abs())} ${moreOrLess(difference)}, beyond the 0.05 tolerance.`,
      resurs: `totalVatAmount is the VAT of the whole payment. ${UNCONFIRMED_BEYOND}`,
      fix: `Send totalVatAmount ${amount(linesVat)}, or correct the line that is wrong.`,
    });
  }
  const paymentTotal = sentTotal ?? linesGross;
  if (paymentTotal?.lte(0)) {
    findings.push({
      rule: 'total-not-positive',
      severity: 'error',
      target: specTarget('totalAmount'),
      problem: `The payment total is ${amount(paymentTotal)}${sentTotal ? '' : ' (the sum of the lines)'}.`,
      resurs: 'paymentSpec.totalAmount is a positiveDecimal: Resurs only takes payments worth more than 0.',
      fix: 'Check the discounts and credits: together they must be smaller than the goods.',
    });
  }
}
