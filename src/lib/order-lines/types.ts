/** Shared types of the order-line validator; the record types live with the data (src/data/order-lines.ts). */

import type { FlowId, LineField, OrderLine, OrderSpec } from '../../data/order-lines.ts';

export { flowIds, lineFields } from '../../data/order-lines.ts';
export type { FlowId, LineField, OrderLine, OrderSpec };

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
