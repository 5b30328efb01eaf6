/** The order-line record as Resurs spells it: its fields and the flows whose rules differ. */

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
