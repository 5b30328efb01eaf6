import { type OrderLineExampleRecord, orderLineExampleRecords } from '../../data/order-line-examples.ts';
import { makeLine } from './empty-line.ts';
import type { OrderSpec } from './types.ts';

/** An order to load in one click, its lines complete (absent fields are ''). */
export interface OrderLineExample extends Omit<OrderLineExampleRecord, 'spec'> {
  spec: OrderSpec;
}

/** The examples the tool loads in one click (the FAQ embed starts from 'hosted-discount'). */
export const orderLineExamples: readonly OrderLineExample[] = orderLineExampleRecords.map((example) => ({
  ...example,
  spec: { ...example.spec, lines: example.spec.lines.map(makeLine) },
}));

/** The example with this id, or the correct order for anything else. Never throws. */
export function exampleById(id: string): OrderLineExample {
  return orderLineExamples.find((e) => e.id === id) ?? (orderLineExamples[2] as OrderLineExample);
}
