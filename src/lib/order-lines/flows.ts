import type { FlowId, LineField } from './types.ts';

/** How one integration flow treats order lines. */
export interface FlowInfo {
  id: FlowId;
  label: string;
  /** What the flow calls its lines. */
  linesName: 'specLines' | 'orderLines';
  /** Fields every line must have ('' is missing). */
  required: readonly LineField[];
  /** Whether lines carry a type (ORDER_LINE, DISCOUNT, SHIPPING_FEE). */
  hasLineType: boolean;
  /** Whether a negative line with VAT is rejected. */
  rejectsDiscountWithVat: boolean;
  /** One sentence on what is different in this flow, with its source. */
  note: string;
}

/**
 * specLine: all 1..1 except description (nillable) and deliveryDate (0..1).
 * Source: developers.resurs.com, API types, specLine.
 */
const SPEC_LINE_REQUIRED: readonly LineField[] = [
  'id',
  'artNo',
  'quantity',
  'unitMeasure',
  'unitAmountWithoutVat',
  'vatPct',
  'totalVatAmount',
  'totalAmount',
];

/**
 * Resurs Checkout's orderLines examples always have these; the PUT example leaves out the totals and
 * some lines leave out `type` (developers.resurs.com, Resurs Checkout Web).
 */
const ORDER_LINE_REQUIRED: readonly LineField[] = [
  'artNo',
  'quantity',
  'unitMeasure',
  'unitAmountWithoutVat',
  'vatPct',
];

/** The flows, in the order the flow picker lists them. */
export const flows: readonly FlowInfo[] = [
  {
    id: 'hosted',
    label: 'Hosted flow',
    linesName: 'specLines',
    required: SPEC_LINE_REQUIRED,
    hasLineType: false,
    rejectsDiscountWithVat: true,
    note: 'Rejects negative values when a discount carries VAT (Resurs FAQ; WooCommerce plugin notes). Hosted flow is a clone of simplified flow, so the specLine rules apply too.',
  },
  {
    id: 'simplified',
    label: 'Simplified flow',
    linesName: 'specLines',
    required: SPEC_LINE_REQUIRED,
    hasLineType: false,
    rejectsDiscountWithVat: false,
    note: 'Lines are specLines; shipping is sent as an ordinary line (artNo FREIGHT in Resurs’ example).',
  },
  {
    id: 'checkout',
    label: 'Resurs Checkout (RCO)',
    linesName: 'orderLines',
    required: ORDER_LINE_REQUIRED,
    hasLineType: true,
    rejectsDiscountWithVat: false,
    note: 'Lines are orderLines with a type (ORDER_LINE, DISCOUNT, SHIPPING_FEE); Resurs’ example sends the discount with vatPct 0. Row totals (totalAmountWithVat, totalVatAmount) are optional there.',
  },
  {
    id: 'aftershop',
    label: 'After-shop (finalize, credit, annul)',
    linesName: 'specLines',
    required: SPEC_LINE_REQUIRED,
    hasLineType: false,
    rejectsDiscountWithVat: false,
    note: 'Resurs’ own finalize and credit examples send the discount as a negative line with VAT. Lines may differ between book, finalize, credit and annul: only the sum matters.',
  },
];

/** The flow with this id, or hosted flow for anything else. Never throws. */
export function flowById(id: string): FlowInfo {
  return flows.find((f) => f.id === id) ?? (flows[0] as FlowInfo);
}

/** Whether a string is a known flow id. Never throws. */
export function isFlowId(id: string): id is FlowId {
  return flows.some((f) => f.id === id);
}
