// Order-line validator: compute time to validate 1,000 lines (target: under 100 ms), measured in
// Node on the same lib code the island runs (median of 11 after 5 warm-ups), plus the time from
// pasting 1,000 lines in the built page to the verdict being shown.
// Standalone: npx node -e "import('./scripts/bench/order-lines.bench.ts').then(async (m) => console.log(await m.default()))"
import { makeLine } from '../../src/lib/order-lines/empty-line.ts';
import { buildFixes } from '../../src/lib/order-lines/fixes.ts';
import { readPayload } from '../../src/lib/order-lines/read-payload.ts';
import { serialisePayload } from '../../src/lib/order-lines/serialise.ts';
import type { OrderSpec } from '../../src/lib/order-lines/types.ts';
import { decodeLines, encodeLines } from '../../src/lib/order-lines/url-codec.ts';
import { validateOrderLines } from '../../src/lib/order-lines/validate.ts';
import { median, timeMedian } from './measure.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const COUNT = 1000;

/** 1,000 realistic lines: three VAT rates, odd quantities, every 10th a discount with VAT, a few rounding slips. */
export function sampleOrder(count = COUNT): OrderSpec {
  const rates = ['25', '12', '6'];
  const lines = Array.from({ length: count }, (_, i) => {
    const rate = rates[i % 3] ?? '25';
    const factor = 1 + Number(rate) / 100;
    if (i % 10 === 9) {
      return makeLine({
        id: String(i + 1),
        artNo: `DISC-${i}`,
        description: 'Discount',
        quantity: '1',
        unitMeasure: 'st',
        unitAmountWithoutVat: '-8.00',
        vatPct: rate,
        totalVatAmount: (-8 * (factor - 1)).toFixed(2),
        totalAmount: (-8 * factor).toFixed(2),
      });
    }
    const quantity = (i % 7) + 1;
    const cents = 1000 + ((i * 7919) % 90_000);
    const unit = (cents / 100).toFixed(2);
    // Strings built from integers: the benchmark input is exact; the rounding slip on every 13th line is deliberate.
    const total = ((cents * quantity * (100 + Number(rate))) / 10_000).toFixed(i % 13 === 0 ? 1 : 4);
    const vat = ((cents * quantity * Number(rate)) / 10_000).toFixed(4);
    return makeLine({
      id: String(i + 1),
      artNo: `SKU-${i}`,
      description: `Item ${i}`,
      quantity: String(quantity),
      unitMeasure: 'st',
      unitAmountWithoutVat: unit,
      vatPct: rate,
      totalVatAmount: vat,
      totalAmount: total,
    });
  });
  return { lines, totalAmount: '', totalVatAmount: '' };
}

/** Median of `repeats` runs after 5 warm-up runs (the first runs of big.js code are JIT-cold). */
const time = (run: () => unknown, repeats = 11) => timeMedian(run, { warmups: 5, repeats });

/** Milliseconds from putting a 1,000-line paste into the page's paste box to the verdict changing. */
async function pasteToVerdict({ baseUrl, browser }: BenchContext, text: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${baseUrl}/tools/order-lines/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('astro-island[component-url*="/OrderLinesTool."]:not([ssr])');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      samples.push(
        await page.evaluate(async (payload) => {
          const box = document.querySelector<HTMLTextAreaElement>('.ol-paste__text');
          const verdict = document.querySelector('[data-verdict]');
          if (!box || !verdict) return Number.NaN;
          box.value = '[]';
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 200));
          const before = verdict.textContent;
          const start = performance.now();
          box.value = payload;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          while (document.querySelector('[data-verdict]')?.textContent === before) {
            await new Promise((r) => requestAnimationFrame(r));
          }
          return performance.now() - start;
        }, text),
      );
    }
    return median(samples);
  } finally {
    await page.close();
  }
}

export default async function orderLines(context?: BenchContext): Promise<BenchFigure[]> {
  const spec = sampleOrder();
  const options = { flow: 'hosted', country: 'SE' } as const;
  const json = serialisePayload(spec, { format: 'json', container: 'specLines', path: [] });
  const xml = serialisePayload(spec, { format: 'xml', container: 'paymentSpec', element: 'paymentSpec', prefix: '' });
  const encoded = encodeLines(spec.lines);
  const group = 'order-lines tool (compute, median of 11)';
  const figures: BenchFigure[] = [
    {
      group,
      metric: `validate ${COUNT.toLocaleString('en')} lines (target < 100 ms)`,
      value: time(() => validateOrderLines(spec, options)),
      unit: 'ms',
    },
    {
      group,
      metric: `read a ${COUNT.toLocaleString('en')}-line JSON paste and validate it`,
      value: time(() => {
        const read = readPayload(json);
        if (read.ok) validateOrderLines(read.value.spec, options);
      }),
      unit: 'ms',
    },
    {
      group,
      metric: `read a ${COUNT.toLocaleString('en')}-line SOAP XML paste and validate it`,
      value: time(() => {
        const read = readPayload(xml);
        if (read.ok) validateOrderLines(read.value.spec, options);
      }),
      unit: 'ms',
    },
    {
      group,
      metric: `compute both discount corrections for ${COUNT.toLocaleString('en')} lines`,
      value: time(() => buildFixes(spec, options)),
      unit: 'ms',
    },
    {
      group,
      metric: `encode and decode ${COUNT.toLocaleString('en')} lines for the URL`,
      value: time(() => decodeLines(encodeLines(spec.lines))),
      unit: 'ms',
    },
    {
      group,
      metric: `link length for ${COUNT.toLocaleString('en')} lines (characters)`,
      value: new URLSearchParams({ lines: encoded }).toString().length,
      unit: 'count',
    },
  ];
  if (context) {
    figures.push({
      group: 'order-lines tool (in the page, median of 5)',
      metric: `paste ${COUNT.toLocaleString('en')} lines of JSON → verdict shown`,
      value: await pasteToVerdict(context, json),
      unit: 'ms',
    });
  }
  return figures;
}
