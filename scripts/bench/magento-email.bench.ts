// Magento e-mail builder: compute time of the whole procedure (validation, steps, script) for every
// combination of options, in Node on the lib code the island runs; and in the browser, time to
// hydrate the tool page and from a keystroke to the updated commands on screen. Medians.
// Standalone (compute only): npx node -e "import('./scripts/bench/magento-email.bench.ts').then(async (m) => console.log(await m.default()))"
import { buildProcedure } from '../../src/lib/magento-email/build-procedure.ts';
import type { RawOptions } from '../../src/lib/magento-email/options.ts';
import { median, timeToHydration } from './measure.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const group = 'magento-email tool';

/** Every mode × CLI × lock × directory, with hostile names. */
function combinations(): RawOptions[] {
  const all: RawOptions[] = [];
  for (const mode of ['async', 'sync'])
    for (const cli of ['bin', 'php', 'sudo', 'docker', 'warden', 'ddev'])
      for (const lock of ['none', 'env', 'config'])
        for (const dir of ['', "/srv/'; rm -rf ~ #/$(id)", '~/shop'])
          all.push({ mode, cli, lock, dir, user: "'; rm -rf ~ #", service: '$(id)', limit: '50' });
  return all;
}

function computeFigures(): BenchFigure[] {
  const combos = combinations();
  for (let i = 0; i < 20; i++) for (const c of combos) buildProcedure(c);
  const runs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    for (const c of combos) buildProcedure(c);
    runs.push(performance.now() - start);
  }
  const all = median(runs);
  return [
    { group, metric: `build all ${combos.length} combinations (Node, median of 25)`, value: all, unit: 'ms' },
    { group, metric: 'build one procedure (Node, median)', value: all / combos.length, unit: 'ms' },
  ];
}

export default async function magentoEmail(ctx?: BenchContext): Promise<BenchFigure[]> {
  const figures = computeFigures();
  if (!ctx) return figures;
  const hydration: number[] = [];
  const keystroke: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    hydration.push(await timeToHydration(page, `${ctx.baseUrl}/tools/magento-email/`, 'MagentoEmail'));
    for (let i = 0; i < 10; i++) {
      keystroke.push(
        await page.evaluate(async (n) => {
          const input = document.querySelector<HTMLInputElement>('#me-dir');
          if (!input) return Number.NaN;
          const start = performance.now();
          input.value = `/var/www/shop${n}`;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
          const updated = document.querySelector('[data-command]')?.textContent === `cd '/var/www/shop${n}'`;
          return updated ? performance.now() - start : Number.NaN;
        }, i),
      );
    }
    await page.close();
  }
  figures.push(
    { group, metric: 'tool page: navigation to hydrated island (median of 5)', value: median(hydration), unit: 'ms' },
    { group, metric: 'keystroke to updated commands on screen (median of 50)', value: median(keystroke), unit: 'ms' },
  );
  return figures;
}
