// Callback tool: compute time of the pure code the page runs (diagram layout, retry simulation,
// digest view) in Node, and in the browser the time to hydrate the flow explorer and from a click
// on "Next step" to the highlighted box moving. Medians.
// Standalone (compute only): npx node -e "import('./scripts/bench/callbacks.bench.ts').then(async (m) => console.log(await m.default()))"
import Big from 'big.js';
import { flowEdges, flowNodes, scenarios } from '../../src/data/callback-flow.ts';
import { buildDigestView, defaultDigestFields, docsExample } from '../../src/lib/callbacks/digest-calculator.ts';
import { layoutCallbackFlow } from '../../src/lib/callbacks/flow-diagram.ts';
import { simulateDelivery } from '../../src/lib/callbacks/retry-simulation.ts';
import { parseUriTemplate } from '../../src/lib/shared/uri-template.ts';
import { median, timeToHydration } from './measure.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const group = 'callbacks tool';

/** Median time of one call of `fn`, over `runs` batches of `batch` calls after a warm-up. */
function time(fn: () => unknown, batch = 200, runs = 25): number {
  for (let i = 0; i < batch; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

function computeFigures(): BenchFigure[] {
  const events = flowNodes.filter((n) => n.kind === 'callback');
  const longTemplate = `https://shop.example.com/${'a'.repeat(1900)}?p={paymentId}&d={digest}`;
  return [
    {
      group,
      metric: 'lay out the diagram (Node, median)',
      value: time(() => layoutCallbackFlow(flowNodes, flowEdges), 20),
      unit: 'ms',
    },
    {
      group,
      metric: 'simulate 20 attempts (Node, median)',
      value: time(() =>
        simulateDelivery({ problem: 'down', durationSeconds: new Big(7200), answerSeconds: new Big(0), status: 500 }),
      ),
      unit: 'ms',
    },
    {
      group,
      metric: 'digest view with MD5 (Node, median)',
      value: time(() => buildDigestView(defaultDigestFields, docsExample.salt, events)),
      unit: 'ms',
    },
    {
      group,
      metric: 'parse a 2,000-character template (Node, median)',
      value: time(() => parseUriTemplate(longTemplate)),
      unit: 'ms',
    },
  ];
}

export default async function callbacks(ctx?: BenchContext): Promise<BenchFigure[]> {
  const figures = computeFigures();
  if (!ctx) return figures;
  const hydration: number[] = [];
  const step: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    hydration.push(
      await timeToHydration(
        page,
        `${ctx.baseUrl}/tools/callbacks/?scenario=mismatching-orders&step=1`,
        'CallbackFlowExplorer',
      ),
    );
    const path = scenarios.find((s) => s.id === 'mismatching-orders')!.steps.map((s) => s.node);
    for (let i = 1; i < path.length; i++) {
      step.push(
        await page.evaluate(async (expected) => {
          const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Next step'));
          if (!next) return Number.NaN;
          const start = performance.now();
          next.click();
          for (let frame = 0; frame < 30; frame++) {
            await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
            const current = document.querySelector<SVGElement>('[aria-current="step"]');
            if (current?.dataset.node === expected) return performance.now() - start;
          }
          return Number.NaN;
        }, path[i]!),
      );
    }
    await page.close();
  }
  figures.push(
    {
      group,
      metric: 'hydrate the flow explorer after navigation (browser, median of 5)',
      value: median(hydration),
      unit: 'ms',
    },
    {
      group,
      metric: `"Next step" click to highlighted box (browser, median of ${step.length})`,
      value: median(step),
      unit: 'ms',
    },
  );
  return figures;
}
