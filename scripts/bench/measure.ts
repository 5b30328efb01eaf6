import type { Page } from '@playwright/test';

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall-clock ms of `run` over `repeats` runs, after `warmups` untimed runs (JIT warm-up). */
export function timeMedian(run: () => unknown, { warmups = 1, repeats = 7 } = {}): number {
  for (let i = 0; i < warmups; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Navigates to `url` and returns the ms from navigation start until Astro hydrated the island whose
 * component file starts with `component` (the moment it removes the island's `ssr` attribute).
 */
export async function timeToHydration(page: Page, url: string, component: string): Promise<number> {
  await page.addInitScript((name) => {
    new MutationObserver((records, observer) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.getAttribute('component-url')?.includes(`/${name}.`) && !el.hasAttribute('ssr')) {
          (window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
          observer.disconnect();
        }
      }
    }).observe(document, { attributes: true, attributeFilter: ['ssr'], subtree: true });
  }, component);
  await page.goto(url);
  await page.locator(`astro-island[component-url*="/${component}."]:not([ssr])`).waitFor({ state: 'attached' });
  return page.evaluate(() => (window as unknown as { hydratedAt: number }).hydratedAt);
}
