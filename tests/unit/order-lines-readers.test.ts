import { describe, expect, test } from 'vitest';
import { readJson } from '../../src/lib/order-lines/json-reader.ts';
import { detectFormat, readPayload } from '../../src/lib/order-lines/read-payload.ts';
import { readXml } from '../../src/lib/order-lines/xml-reader.ts';

describe('readJson', () => {
  test.each([
    // A missing comma between two lines.
    [
      '[\n  {"a": 1}\n  {"a": 2}\n]',
      'Invalid JSON at line 3, column 3: expected “,” or “]” after an array item (a missing comma?)',
    ],
    // Trailing commas, which JavaScript allows and JSON does not.
    ['[\n  {"a": 1},\n]', 'Invalid JSON at line 3, column 1: trailing comma before “]”: JSON does not allow it'],
    ['{"a": 1,}', 'Invalid JSON at line 1, column 9: trailing comma before “}”: JSON does not allow it'],
    // Single quotes from a PHP or JavaScript dump.
    [
      "{'artNo': 'A'}",
      'Invalid JSON at line 1, column 2: property names need double quotes ("name"), not single quotes',
    ],
    // Unquoted property names.
    ['{artNo: "A"}', 'Invalid JSON at line 1, column 2: expected a property name in double quotes, found “a”'],
    // Comments.
    ['[\n  // first line\n  {}\n]', 'Invalid JSON at line 2, column 3: JSON does not allow comments: remove them'],
    // A decimal comma inside an object reads as a broken second property.
    [
      '{\n  "quantity": 12,50\n}',
      'Invalid JSON at line 2, column 15: 12,50 uses a decimal comma: write 12.50 (with a point)',
    ],
    // Unclosed brackets and strings.
    ['[{"a": 1}', 'Invalid JSON at line 1, column 1: the JSON ends inside an array: a “]” is missing'],
    ['{"a": "x', 'Invalid JSON at line 1, column 7: a string is not closed: a double quote (") is missing'],
    // A raw line break inside a string.
    [
      '{"a": "x\ny"}',
      'Invalid JSON at line 1, column 9: a line break or control character inside a string must be escaped (\\n, \\t)',
    ],
    // Numbers JSON does not allow.
    ['[.5]', 'Invalid JSON at line 1, column 2: numbers in JSON cannot start with “.”: write 0.5 or 5, not .5 or +5'],
    ['[07]', 'Invalid JSON at line 1, column 2: numbers in JSON cannot have leading zeros (write 7, not 07)'],
    ['[NaN]', 'Invalid JSON at line 1, column 2: NaN, Infinity and undefined are not JSON values'],
    // Text after the value.
    [
      '[] []',
      'Invalid JSON at line 1, column 4: unexpected text after the end of the JSON value (a missing comma or bracket?)',
    ],
  ])('reports %j with its line and column', (text, error) => {
    expect(readJson(text)).toEqual({ ok: false, error });
  });

  test('refuses 100,000 nested arrays instead of exhausting the stack', () => {
    expect(readJson('['.repeat(100_000))).toEqual({
      ok: false,
      error: 'Invalid JSON at line 1, column 102: nested more than 100 levels deep',
    });
  });

  test('keeps the exact text of numbers, where JSON.parse would round', () => {
    const parsed = readJson('[0.1000000000000000055511151231257827, 1e3, -0]');
    expect(
      parsed.ok && parsed.value.kind === 'array' && parsed.value.items.map((i) => i.kind === 'number' && i.raw),
    ).toEqual(['0.1000000000000000055511151231257827', '1e3', '-0']);
  });

  test('decodes escapes, including \\u and a byte-order mark before the value', () => {
    const parsed = readJson('\ufeff["a\\"b\\u00e9\\n"]');
    expect(parsed.ok && parsed.value.kind === 'array' && parsed.value.items[0]).toMatchObject({
      kind: 'string',
      value: 'a"bé\n',
    });
  });
});

describe('readXml', () => {
  test.each([
    // A closing tag that does not match.
    [
      '<a>\n  <b>1</c>\n</a>',
      'Invalid XML at line 2, column 7: </c> does not match <b> opened at line 2, column 3: expected </b>',
    ],
    // An element never closed.
    [
      '<paymentSpec>\n<specLines>',
      'Invalid XML at line 2, column 12: <specLines> opened at line 2, column 1 is never closed',
    ],
    // A bare ampersand.
    [
      '<a>Fish & chips</a>',
      'Invalid XML at line 1, column 9: “&” must start an entity such as &amp; (write &amp; for a literal &)',
    ],
    // Entities other than the predefined five are not expanded.
    [
      '<a>&nbsp;</a>',
      'Invalid XML at line 1, column 4: unknown entity &nbsp; (only &lt; &gt; &amp; &quot; &apos; and &#…; are known)',
    ],
    // DOCTYPE (and with it entity expansion) is refused.
    [
      '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      'Invalid XML at line 1, column 1: DOCTYPE declarations are not supported: remove the <!DOCTYPE …> line',
    ],
    // Text before the first element.
    ['hello <a/>', 'Invalid XML at line 1, column 1: text outside any element: XML must start with “<”'],
    // An unquoted attribute.
    ['<a b=1/>', 'Invalid XML at line 1, column 6: the value of b must be in quotes'],
  ])('reports %j with its line and column', (text, error) => {
    expect(readXml(text)).toEqual({ ok: false, error });
  });

  test('refuses 1,000 nested elements instead of exhausting the stack', () => {
    expect(readXml('<a>'.repeat(1000))).toEqual({
      ok: false,
      error: 'Invalid XML at line 1, column 301: elements are nested more than 100 levels deep',
    });
  });

  test('reads prefixes, attributes, CDATA, comments and entities', () => {
    const parsed = readXml(
      '<?xml version="1.0"?><!-- c --><s:a x="1 &amp; 2"><b><![CDATA[<x>]]> &#233;&#x41;</b><c/></s:a>',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [root] = parsed.value.roots;
    expect(root).toMatchObject({ name: 's:a', local: 'a', prefix: 's', attributes: { x: '1 & 2' } });
    expect(root?.children.map((c) => [c.local, c.text])).toEqual([
      ['b', '<x> éA'],
      ['c', ''],
    ]);
  });

  test('tolerates the stray closing tag at the end of Resurs’ own finalizePayment example, with a note', () => {
    const parsed = readXml('<e:Envelope>\n</e:Envelope>\n</e:Envelope>\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        roots: [expect.objectContaining({ name: 'e:Envelope' })],
        notes: ['Ignored a stray closing tag </e:Envelope> at line 3, column 1.'],
      },
    });
  });
});

describe('detectFormat', () => {
  test.each([
    ['  [', 'json'],
    ['\ufeff{', 'json'],
    ['\n<paymentSpec>', 'xml'],
    ['', 'empty'],
    [' \n\t', 'empty'],
    ['artNo;quantity', 'unknown'],
  ])('sees %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

const line = {
  artNo: 'A-1',
  quantity: '2',
  unitMeasure: 'st',
  unitAmountWithoutVat: '100',
  vatPct: '25',
  totalVatAmount: '50',
  totalAmount: '250',
};

describe('readPayload: every input format', () => {
  test.each([
    // A JSON array of lines.
    ['a JSON array', JSON.stringify([{ id: '1', ...line }]), { format: 'json', container: 'array', path: [] }, ''],
    // { "specLines": [...] } without totals.
    [
      'a specLines object',
      JSON.stringify({ specLines: [{ id: '1', ...line }] }),
      { format: 'json', container: 'specLines', path: [] },
      '',
    ],
    // A paymentSpec object with totals.
    [
      'a paymentSpec object',
      JSON.stringify({ specLines: [{ id: '1', ...line }], totalAmount: 250, totalVatAmount: 50 }),
      { format: 'json', container: 'paymentSpec', path: [] },
      '250',
    ],
    // A paymentSpec nested in a larger payload.
    [
      'a nested paymentSpec',
      JSON.stringify({ paymentData: { x: 1 }, paymentSpec: { specLines: [{ id: '1', ...line }], totalAmount: 250 } }),
      { format: 'json', container: 'paymentSpec', path: ['paymentSpec'] },
      '250',
    ],
    // A Resurs Checkout payload: orderLines, with the row total called totalAmountWithVat.
    [
      'a Resurs Checkout payload',
      JSON.stringify({
        orderLines: [{ ...line, totalAmount: undefined, totalAmountWithVat: 250, type: 'ORDER_LINE' }],
        shopUrl: 'x',
      }),
      { format: 'json', container: 'orderLines', path: [] },
      '',
    ],
    // SOAP XML with a paymentSpec.
    [
      'SOAP XML with <paymentSpec>',
      `<soapenv:Envelope xmlns:soapenv="x"><soapenv:Body><sim:bookPayment xmlns:sim="y"><paymentSpec>
        <specLines><id>1</id><artNo>A-1</artNo><quantity>2</quantity><unitMeasure>st</unitMeasure>
        <unitAmountWithoutVat>100</unitAmountWithoutVat><vatPct>25</vatPct><totalVatAmount>50</totalVatAmount>
        <totalAmount>250</totalAmount></specLines><totalAmount>250</totalAmount><totalVatAmount>50</totalVatAmount>
      </paymentSpec></sim:bookPayment></soapenv:Body></soapenv:Envelope>`,
      { format: 'xml', container: 'paymentSpec', element: 'paymentSpec', prefix: '' },
      '250',
    ],
    // The after-shop calls' <partPaymentSpec>.
    [
      'after-shop XML with <partPaymentSpec>',
      '<aft:partPaymentSpec><specLines><id>1</id><artNo>A-1</artNo><quantity>2</quantity><unitMeasure>st</unitMeasure><unitAmountWithoutVat>100</unitAmountWithoutVat><vatPct>25</vatPct><totalVatAmount>50</totalVatAmount><totalAmount>250</totalAmount></specLines><totalAmount>250</totalAmount></aft:partPaymentSpec>',
      { format: 'xml', container: 'paymentSpec', element: 'partPaymentSpec', prefix: 'aft' },
      '250',
    ],
    // A bare run of <specLines> elements.
    [
      'bare <specLines> elements',
      '<specLines><id>1</id><artNo>A-1</artNo><quantity>2</quantity><unitMeasure>st</unitMeasure><unitAmountWithoutVat>100</unitAmountWithoutVat><vatPct>25</vatPct><totalVatAmount>50</totalVatAmount><totalAmount>250</totalAmount></specLines>',
      { format: 'xml', container: 'specLines', element: 'specLines', prefix: '' },
      '',
    ],
  ])('reads %s', (_name, text, shape, total) => {
    const read = readPayload(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.shape).toEqual(shape);
    expect(read.value.spec.totalAmount).toBe(total);
    expect(read.value.spec.lines).toHaveLength(1);
    expect(read.value.spec.lines[0]).toMatchObject({ artNo: 'A-1', quantity: '2', vatPct: '25', totalAmount: '250' });
  });

  test('suggests Resurs Checkout for orderLines', () => {
    const read = readPayload('{"orderLines": []}');
    expect(read.ok && read.value.suggestedFlow).toBe('checkout');
  });

  test('ignores unknown fields with a note, and hints at a field name with the wrong case', () => {
    const read = readPayload(
      JSON.stringify([
        { ...line, sku: 'x' },
        { ...line, ArtNo: 'y', sku: 'z' },
      ]),
    );
    expect(read.ok && read.value.notes).toEqual([
      'Ignored the unknown field “sku” (lines 1, 2).',
      'Ignored the unknown field “ArtNo” (line 2). Did you mean artNo? Field names are case-sensitive.',
    ]);
  });

  test('treats xsi:nil as absent and notes ignored paymentSpec children', () => {
    const read = readPayload(
      '<paymentSpec xmlns:xsi="x"><specLines><description xsi:nil="true"/><vatPct> 25 </vatPct></specLines><bonusPoints>0</bonusPoints><totalAmount>1</totalAmount></paymentSpec>',
    );
    expect(read.ok && read.value.spec.lines[0]).toMatchObject({ description: '', vatPct: '25' });
    expect(read.ok && read.value.notes).toEqual(['Ignored <bonusPoints> inside <paymentSpec>.']);
  });

  test('reads one line object as a list of one, with a note', () => {
    const read = readPayload(JSON.stringify(line));
    expect(read.ok && [read.value.spec.lines.length, read.value.notes]).toEqual([
      1,
      ['Read one line: the JSON is a single line object, not a list.'],
    ]);
  });

  test('keeps wrong-typed values visible instead of dropping them', () => {
    const read = readPayload(
      '[{"quantity": true, "vatPct": {"x": 1}, "totalAmount": null, "unitAmountWithoutVat": "12,50"}]',
    );
    expect(read.ok && read.value.spec.lines[0]).toMatchObject({
      quantity: 'true',
      vatPct: '{…}',
      totalAmount: '',
      unitAmountWithoutVat: '12,50',
    });
  });

  test.each([
    // Nothing pasted.
    ['', 'Nothing to read: paste a JSON or XML payload.'],
    // Neither JSON nor XML (e.g. CSV).
    ['\n  artNo;qty', 'Not JSON or XML at line 2, column 3: JSON starts with [ or {, XML with <.'],
    // JSON without lines.
    [
      '{"customer": {}}',
      'No order lines found: expected a JSON array of lines, or an object with "specLines" or "orderLines".',
    ],
    // A line that is not an object.
    ['[\n  "A-1"\n]', 'Line 1 (at line 2, column 3) is a string: each line must be an object { … }.'],
    // A JSON scalar.
    ['[1', 'Invalid JSON at line 1, column 1: the JSON ends inside an array: a “]” is missing'],
    // XML without lines.
    [
      '<Envelope><Body/></Envelope>',
      'No order lines found: expected a <paymentSpec>, <partPaymentSpec> or <specLines> element.',
    ],
    // Script tags are just invalid XML.
    ['<script>alert(1)</script', 'Invalid XML at line 1, column 17: the closing tag </script> is not closed with “>”'],
  ])('refuses %j with a message', (text, error) => {
    expect(readPayload(text)).toEqual({ ok: false, error });
  });

  test('refuses text over 2,000,000 characters without reading it', () => {
    expect(readPayload(`[${' '.repeat(2_000_000)}]`)).toEqual({
      ok: false,
      error: 'The text is 2,000,002 characters long; at most 2,000,000 are read.',
    });
  });
});
