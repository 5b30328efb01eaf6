// Page weight: HTML, CSS and JS bytes (raw and gzip) and request count, for each page on load
// (before any interaction) and after scrolling the whole page (islands hydrate when visible).
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { sitePages } from '../../src/data/pages.ts';
import type { BenchContext, BenchFigure } from './types.ts';

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  return 'other';
}

async function measure(page: Page, url: string, scroll: boolean) {
  const totals: Record<Kind, { raw: number; gzip: number }> = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    requests++;
    pending.push(
      response
        .body()
        .then((body) => {
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          totals[kind].raw += body.length;
          totals[kind].gzip += gzipSync(body, { level: 9 }).length;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (scroll) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
  }
  await Promise.all(pending);
  return { totals, requests };
}

export default async function pages({ baseUrl, browser }: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const path of sitePages) {
    for (const scroll of [false, true]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const { totals, requests } = await measure(page, baseUrl + path, scroll);
      await page.close();
      const group = `${path} ${scroll ? 'scrolled through' : 'on load'}`;
      for (const kind of ['html', 'css', 'js'] as const) {
        figures.push({ group, metric: `${kind.toUpperCase()} raw`, value: totals[kind].raw, unit: 'B' });
        figures.push({ group, metric: `${kind.toUpperCase()} gzip`, value: totals[kind].gzip, unit: 'B' });
      }
      figures.push({ group, metric: 'requests', value: requests, unit: 'count' });
    }
  }
  return figures;
}
