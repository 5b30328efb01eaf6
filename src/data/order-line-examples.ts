import type { FlowId, LineField } from './order-lines.ts';
import type { VatCountryId } from './vat-rates.ts';

/** An example order as written here: each line names only the fields it sends (the rest are absent). */
export interface ExampleOrder {
  lines: readonly Partial<Record<LineField, string>>[];
  /** paymentSpec.totalAmount as sent, or ''. */
  totalAmount: string;
  /** paymentSpec.totalVatAmount as sent, or ''. */
  totalVatAmount: string;
}

/** An order to load in one click (src/lib/order-lines/examples.ts fills in the absent fields). */
export interface OrderLineExampleRecord {
  id: 'rounding' | 'hosted-discount' | 'correct';
  label: string;
  /** What it shows. */
  summary: string;
  flow: FlowId;
  country: VatCountryId;
  spec: ExampleOrder;
  /** Where the numbers come from. */
  source: string;
}

/** The examples the tool loads in one click (the FAQ embed starts from 'hosted-discount'). */
export const orderLineExampleRecords: readonly OrderLineExampleRecord[] = [
  {
    id: 'rounding',
    label: 'Rounding worked example',
    summary:
      'Price 15.71 incl. 25% VAT, 1,000 pieces, unit price sent rounded to 12.57. Resurs recomputes 15710 ÷ (1.25 × 1000) = 12.568: 0.002 apart, within 0.05, so 12.568 is used.',
    flow: 'simplified',
    country: 'SE',
    spec: {
      lines: [
        {
          id: '1',
          artNo: 'ART-1571',
          description: 'Item at 15.71 incl. VAT',
          quantity: '1000',
          unitMeasure: 'st',
          unitAmountWithoutVat: '12.57',
          vatPct: '25',
          totalVatAmount: '3142.00',
          totalAmount: '15710.00',
        },
      ],
      totalAmount: '15710.00',
      totalVatAmount: '3142.00',
    },
    source: 'developers.resurs.com, Rounding (worked example re-computed with exact decimals)',
  },
  {
    id: 'hosted-discount',
    label: 'Hosted-flow discount with VAT',
    summary:
      'Shoes 1000.00 and socks 250.00 with a discount of −150.00 that carries 25% VAT (−30.00). Hosted flow rejects it.',
    flow: 'hosted',
    country: 'SE',
    spec: {
      lines: [
        {
          id: '1',
          artNo: '1111',
          description: 'Shoes',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '800.00',
          vatPct: '25',
          totalVatAmount: '200.00',
          totalAmount: '1000.00',
        },
        {
          id: '2',
          artNo: '1112',
          description: 'Socks',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '200.00',
          vatPct: '25',
          totalVatAmount: '50.00',
          totalAmount: '250.00',
        },
        {
          id: '3',
          artNo: '1113',
          description: 'Rabatt',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '-120.00',
          vatPct: '25',
          totalVatAmount: '-30.00',
          totalAmount: '-150.00',
        },
      ],
      totalAmount: '1100.00',
      totalVatAmount: '220.00',
    },
    source:
      'The lines of Resurs’ finalizePayment discount example (developers.resurs.com, After-shop: finalize payment), sent in hosted flow',
  },
  {
    id: 'correct',
    label: 'A correct order',
    summary: 'Two products at 25% and 6%, shipping as a FREIGHT line, and a VAT-free discount: accepted in every flow.',
    flow: 'hosted',
    country: 'SE',
    spec: {
      lines: [
        {
          id: '1',
          artNo: 'HP-200',
          description: 'Headphones',
          quantity: '2',
          unitMeasure: 'st',
          unitAmountWithoutVat: '199.20',
          vatPct: '25',
          totalVatAmount: '99.60',
          totalAmount: '498.00',
        },
        {
          id: '2',
          artNo: 'BK-17',
          description: 'Book',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '150.00',
          vatPct: '6',
          totalVatAmount: '9.00',
          totalAmount: '159.00',
        },
        {
          id: '3',
          artNo: 'FREIGHT',
          description: 'Shipping',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '39.20',
          vatPct: '25',
          totalVatAmount: '9.80',
          totalAmount: '49.00',
        },
        {
          id: '4',
          artNo: 'DISCOUNT',
          description: 'Discount code',
          quantity: '1',
          unitMeasure: 'st',
          unitAmountWithoutVat: '-50.00',
          vatPct: '0',
          totalVatAmount: '0',
          totalAmount: '-50.00',
        },
      ],
      totalAmount: '656.00',
      totalVatAmount: '118.40',
    },
    source: 'Made up for this tool; the FREIGHT line is the one in Resurs’ simplified-flow example',
  },
];
