/** Shared types of the order-line validator. Pure data: no behaviour here. */

/** The fields of one order line, in the order the table, the URL and the serialisers use. */
export const lineFields = [
  'id',
  'artNo',
  'description',
  'quantity',
  'unitMeasure',
  'unitAmountWithoutVat',
  'vatPct',
  'totalVatAmount',
  'totalAmount',
  'type',
  'deliveryDate',
] as const;

/** The name of one order-line field, as Resurs spells it in specLine. */
export type LineField = (typeof lineFields)[number];

/**
 * One order line exactly as the user sent or typed it. Every value is the raw text ('' = absent):
 * numbers stay text so `12,50` can be reported instead of silently becoming something else.
 */
export type OrderLine = Record<LineField, string>;

/** The lines plus the paymentSpec totals, as raw text ('' = not sent). */
export interface OrderSpec {
  lines: OrderLine[];
  /** paymentSpec.totalAmount as sent, or ''. */
  totalAmount: string;
  /** paymentSpec.totalVatAmount as sent, or ''. */
  totalVatAmount: string;
}

/** The integration flows whose rules differ. */
export const flowIds = ['hosted', 'simplified', 'checkout', 'aftershop'] as const;

/** One of {@link flowIds}. */
export type FlowId = (typeof flowIds)[number];

/** The line types of Resurs Checkout orderLines. */
export const lineTypes = ['ORDER_LINE', 'DISCOUNT', 'SHIPPING_FEE'] as const;

/** How a payload was written, so corrected lines can be given back in the same shape. */
export type PayloadShape =
  | { format: 'json'; container: 'array' | 'specLines' | 'paymentSpec' | 'orderLines'; path: string[] }
  | { format: 'xml'; container: 'paymentSpec' | 'specLines'; element: string; prefix: string };

/** The rule ids a finding can carry (the `data-rule` attribute of each finding). */
export const ruleIds = [
  'discount-with-vat',
  'line-total-mismatch',
  'line-vat-mismatch',
  'spec-total-mismatch',
  'spec-vat-mismatch',
  'total-not-positive',
  'missing-field',
  'invalid-number',
  'artno-too-long',
  'quantity-not-positive',
  'vat-rate-unusual',
] as const;

/** One of {@link ruleIds}. */
export type RuleId = (typeof ruleIds)[number];

/** `error`: Resurs rejects or cannot use it. `warning`: probably unintended, or not confirmed. */
export type Severity = 'error' | 'warning';

/** Where a finding points: a line's field, or a paymentSpec total. */
export type FindingTarget =
  | { kind: 'line'; line: number; field: LineField }
  | { kind: 'spec'; field: 'totalAmount' | 'totalVatAmount' };

/** One problem found in the order. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  target: FindingTarget;
  /** What is wrong, with the numbers. */
  problem: string;
  /** What Resurs does with it. */
  resurs: string;
  /** How to fix it. */
  fix: string;
}

/** The summary verdict (the `data-verdict` attribute). */
export type Verdict = 'ok' | 'warnings' | 'errors' | 'invalid';

/** A result that never throws: a value, or a message a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
