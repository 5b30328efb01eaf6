import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './test-utils.ts';

// Size budgets are deterministic (bytes), so tests enforce them; timings belong to `npm run bench`.

/** Gzip bytes of each resource type a page loads before any interaction. */
async function loadedBytes(page: Page, path: string) {
  const bodies: Promise<{ type: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({ type, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ type, gzip: 0 })),
    );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  const sum = (type: string) => all.filter((b) => b.type === type).reduce((n, b) => n + b.gzip, 0);
  return { js: sum('script'), css: sum('stylesheet'), html: sum('document') };
}

test.describe('page weight budgets (gzip, before any interaction)', () => {
  const budgets = [
    { path: '', js: 10_000, css: 8_000, html: 8_000 },
    { path: 'faq/', js: 10_000, css: 8_000, html: 30_000 },
  ];
  for (const budget of budgets) {
    test(`/${budget.path} stays within JS ${budget.js} B, CSS ${budget.css} B, HTML ${budget.html} B`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const bytes = await loadedBytes(page, budget.path);
      expect(bytes.js, 'JavaScript').toBeLessThan(budget.js);
      expect(bytes.css, 'CSS').toBeLessThan(budget.css);
      expect(bytes.html, 'HTML').toBeLessThan(budget.html);
    });
  }
});
