import { type Decimal, formatDecimal } from './decimal.ts';

/** An amount for messages: up to 5 decimals (what getPayment returns), at least 2. Never throws. */
export function amount(value: Decimal): string {
  return formatDecimal(value, 5, 2);
}

/** A VAT rate or quantity for messages: as few decimals as it needs ('25', '25.5'). Never throws. */
export function plain(value: Decimal): string {
  return formatDecimal(value, 5, 0);
}

/** "more" or "less", for "0.06 more than …". Never throws. */
export function moreOrLess(difference: Decimal): string {
  return difference.gt(0) ? 'more' : 'less';
}
