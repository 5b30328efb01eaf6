import { describe, expect, test } from 'vitest';
import { makeLine } from '../../src/lib/order-lines/empty-line.ts';
import { readPayload } from '../../src/lib/order-lines/read-payload.ts';
import { defaultShape, serialisePayload } from '../../src/lib/order-lines/serialise.ts';
import type { OrderSpec, PayloadShape } from '../../src/lib/order-lines/types.ts';

const spec: OrderSpec = {
  lines: [
    makeLine({
      id: '1',
      artNo: 'A&B <1>',
      description: 'Fish "n" chips',
      quantity: '2',
      unitMeasure: 'st',
      unitAmountWithoutVat: '800.00000',
      vatPct: '25',
      totalVatAmount: '400',
      totalAmount: '2000.00',
    }),
    makeLine({ artNo: 'D', quantity: '1', unitAmountWithoutVat: '-5.0', vatPct: '0', type: 'DISCOUNT' }),
  ],
  totalAmount: '1995.00',
  totalVatAmount: '400',
};

describe('serialisePayload', () => {
  test('writes a JSON paymentSpec with numbers as numbers, exactly as typed', () => {
    expect(serialisePayload(spec, { format: 'json', container: 'paymentSpec', path: [] })).toBe(`{
  "specLines": [
    {
      "id": "1",
      "artNo": "A&B <1>",
      "description": "Fish \\"n\\" chips",
      "quantity": 2,
      "unitMeasure": "st",
      "unitAmountWithoutVat": 800.00000,
      "vatPct": 25,
      "totalVatAmount": 400,
      "totalAmount": 2000.00
    },
    {
      "artNo": "D",
      "quantity": 1,
      "unitAmountWithoutVat": -5.0,
      "vatPct": 0,
      "type": "DISCOUNT"
    }
  ],
  "totalAmount": 1995.00,
  "totalVatAmount": 400
}`);
  });

  test('writes Resurs Checkout orderLines with totalAmountWithVat', () => {
    const text = serialisePayload(
      { ...spec, totalAmount: '', totalVatAmount: '' },
      { format: 'json', container: 'orderLines', path: [] },
    );
    expect(text).toContain('"totalAmountWithVat": 2000.00');
    expect(text.startsWith('{\n  "orderLines": [')).toBe(true);
  });

  test('writes XML with markup escaped, under the pasted element and prefix', () => {
    const text = serialisePayload(
      { ...spec, lines: [spec.lines[0] ?? makeLine({})] },
      { format: 'xml', container: 'paymentSpec', element: 'partPaymentSpec', prefix: 'aft' },
    );
    expect(text).toBe(`<aft:partPaymentSpec>
  <specLines>
    <id>1</id>
    <artNo>A&amp;B &lt;1&gt;</artNo>
    <description>Fish "n" chips</description>
    <quantity>2</quantity>
    <unitMeasure>st</unitMeasure>
    <unitAmountWithoutVat>800.00000</unitAmountWithoutVat>
    <vatPct>25</vatPct>
    <totalVatAmount>400</totalVatAmount>
    <totalAmount>2000.00</totalAmount>
  </specLines>
  <totalAmount>1995.00</totalAmount>
  <totalVatAmount>400</totalVatAmount>
</aft:partPaymentSpec>`);
  });

  test.each<[string, string]>([
    // Unreadable numbers stay visible as strings, so the JSON is still valid.
    ['12,50', '"12,50"'],
    ['<script>', '"<script>"'],
    // Plain decimals JSON cannot spell are written the JSON way, same value.
    ['+5', '5'],
    ['.5', '0.5'],
    ['007.10', '7.10'],
  ])('writes the quantity %j as %s in JSON', (quantity, written) => {
    const text = serialisePayload(
      { lines: [makeLine({ quantity })], totalAmount: '', totalVatAmount: '' },
      { format: 'json', container: 'array', path: [] },
    );
    expect(text).toBe(`[\n  {\n    "quantity": ${written}\n  }\n]`);
  });

  test.each<[string, PayloadShape, string]>([
    [
      'a JSON array',
      { format: 'json', container: 'array', path: [] },
      '{\n  "specLines": [\n    {\n      "artNo": "A"\n    }\n  ],\n  "totalAmount": 5\n}',
    ],
    [
      'bare <specLines>',
      { format: 'xml', container: 'specLines', element: 'specLines', prefix: '' },
      '<paymentSpec>\n  <specLines>\n    <artNo>A</artNo>\n  </specLines>\n  <totalAmount>5</totalAmount>\n</paymentSpec>',
    ],
  ])('wraps %s in a paymentSpec when there are totals to send', (_name, shape, text) => {
    expect(serialisePayload({ lines: [makeLine({ artNo: 'A' })], totalAmount: '5', totalVatAmount: '' }, shape)).toBe(
      text,
    );
  });

  test('nests JSON under the pasted property names', () => {
    expect(
      serialisePayload(
        { lines: [], totalAmount: '5', totalVatAmount: '' },
        { format: 'json', container: 'paymentSpec', path: ['order', 'paymentSpec'] },
      ),
    ).toBe('{\n  "order": {\n    "paymentSpec": {\n      "specLines": [],\n      "totalAmount": 5\n    }\n  }\n}');
  });

  test('replaces characters XML cannot hold', () => {
    const text = serialisePayload(
      { lines: [makeLine({ description: 'a\u0000b' })], totalAmount: '', totalVatAmount: '' },
      { format: 'xml', container: 'specLines', element: 'specLines', prefix: '' },
    );
    expect(text).toBe('<specLines>\n  <description>a\ufffdb</description>\n</specLines>');
  });

  const shapes: PayloadShape[] = [
    { format: 'json', container: 'array', path: [] },
    { format: 'json', container: 'specLines', path: [] },
    { format: 'json', container: 'paymentSpec', path: ['paymentSpec'] },
    { format: 'json', container: 'orderLines', path: ['order'] },
    { format: 'xml', container: 'paymentSpec', element: 'paymentSpec', prefix: 'ns' },
    { format: 'xml', container: 'specLines', element: 'specLines', prefix: '' },
  ];
  test.each(shapes)('reads back what it writes for %j', (shape) => {
    const noTotals = shape.container === 'array' || shape.container === 'specLines' || shape.container === 'orderLines';
    const input = noTotals ? { ...spec, totalAmount: '', totalVatAmount: '' } : spec;
    const read = readPayload(serialisePayload(input, shape));
    expect(read.ok && read.value.spec).toEqual(input);
    expect(read.ok && read.value.shape).toEqual(shape);
  });

  test('gives typed lines the flow’s usual shape', () => {
    expect(defaultShape('checkout')).toEqual({ format: 'json', container: 'orderLines', path: [] });
    expect(defaultShape('hosted')).toEqual({ format: 'json', container: 'specLines', path: [] });
  });
});
