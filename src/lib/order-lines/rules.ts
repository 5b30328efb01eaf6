import type { RuleId, Severity } from './types.ts';

/** One rule of the validator, for the reference table on the tool page. */
export interface RuleInfo {
  id: RuleId;
  severity: Severity | 'error or warning';
  /** What it checks, in one sentence. */
  checks: string;
  /** Where the rule comes from. */
  source: string;
}

/** Every rule the validator applies, in the order findings are listed for a line. */
export const rules: readonly RuleInfo[] = [
  {
    id: 'missing-field',
    severity: 'error',
    checks:
      'A field the flow requires is missing or empty (specLine: all but description and deliveryDate; paymentSpec: totalAmount).',
    source: 'developers.resurs.com: specLine, paymentSpec; Resurs Checkout examples',
  },
  {
    id: 'invalid-number',
    severity: 'error',
    checks: 'A number is not a plain decimal: a decimal comma (12,50), exponent (1e3), separators, currency or % sign.',
    source: 'developers.resurs.com: specLine and paymentSpec type these fields as decimal',
  },
  {
    id: 'artno-too-long',
    severity: 'error',
    checks: 'artNo has more than 100 characters.',
    source: 'developers.resurs.com: specLine',
  },
  {
    id: 'quantity-not-positive',
    severity: 'error or warning',
    checks:
      'quantity is 0 (an error: Resurs divides by it) or negative (a warning: not documented; Resurs’ examples put the sign on the price).',
    source: 'developers.resurs.com: Rounding; Resurs Checkout examples',
  },
  {
    id: 'vat-rate-unusual',
    severity: 'warning',
    checks: 'vatPct is not one of the chosen country’s rates or 0.',
    source: 'The VAT presets below (third-party summaries, mid-2026)',
  },
  {
    id: 'discount-with-vat',
    severity: 'error',
    checks: 'Hosted flow: a negative line carries VAT (vatPct or totalVatAmount not 0).',
    source: 'Resurs FAQ; notes for Resurs’ WooCommerce plugin',
  },
  {
    id: 'line-total-mismatch',
    severity: 'error',
    checks:
      'The unit price differs by more than 0.05 from row total ÷ ((1 + VAT%/100) × quantity), the one Resurs recomputes.',
    source: 'developers.resurs.com: Rounding',
  },
  {
    id: 'line-vat-mismatch',
    severity: 'error',
    checks: 'The row VAT differs by more than 0.05 from VAT% × the recomputed net amount.',
    source: 'developers.resurs.com: Rounding',
  },
  {
    id: 'spec-total-mismatch',
    severity: 'error',
    checks: 'paymentSpec.totalAmount differs by more than 0.05 from the sum of the lines’ totals.',
    source: 'developers.resurs.com: paymentSpec, Rounding',
  },
  {
    id: 'spec-vat-mismatch',
    severity: 'error',
    checks: 'paymentSpec.totalVatAmount differs by more than 0.05 from the sum of the lines’ VAT.',
    source: 'developers.resurs.com: paymentSpec, Rounding',
  },
  {
    id: 'total-not-positive',
    severity: 'error',
    checks: 'The payment total (sent, or else the sum of the lines) is 0 or less.',
    source: 'developers.resurs.com: paymentSpec (totalAmount is a positiveDecimal)',
  },
];
