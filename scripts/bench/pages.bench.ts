// Page weight and island timings, for every page:
// - HTML, CSS and JS bytes (raw and gzip) and requests on load, before any interaction;
// - the same after every island on the page has hydrated (islands hydrate when visible);
// - for each island, the time from navigation start until it is interactive (hydrated), when it is
//   scrolled into view right after load.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { sitePages } from '../../src/data/pages.ts';
import type { BenchContext, BenchFigure } from './types.ts';

type Kind = 'html' | 'css' | 'js' | 'other';
type Totals = Record<Kind, { raw: number; gzip: number }>;

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  return 'other';
}

function track(page: Page) {
  const totals: Totals = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const counter = { requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    counter.requests++;
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
  const snapshot = async () => {
    await Promise.all(pending);
    return { totals: structuredClone(totals), requests: counter.requests };
  };
  return snapshot;
}

function weightFigures(group: string, { totals, requests }: { totals: Totals; requests: number }): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const kind of ['html', 'css', 'js'] as const) {
    figures.push({ group, metric: `${kind.toUpperCase()} raw`, value: totals[kind].raw, unit: 'B' });
    figures.push({ group, metric: `${kind.toUpperCase()} gzip`, value: totals[kind].gzip, unit: 'B' });
  }
  figures.push({ group, metric: 'requests', value: requests, unit: 'count' });
  return figures;
}

/** Scrolls each island into view in turn and returns, per island, ms from navigation start to hydrated. */
async function hydrateIslands(page: Page): Promise<{ name: string; ms: number }[]> {
  return page.evaluate(async () => {
    const islands = [...document.querySelectorAll<HTMLElement>('astro-island')].filter((island) =>
      [...island.children].some((child) => child.getClientRects().length > 0),
    );
    const results: { name: string; ms: number }[] = [];
    for (const island of islands) {
      const url = island.getAttribute('component-url') ?? '';
      const name = url.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, '');
      island.firstElementChild?.scrollIntoView();
      const start = performance.now();
      while (island.hasAttribute('ssr') && performance.now() - start < 10_000) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      results.push({ name, ms: island.hasAttribute('ssr') ? Number.NaN : performance.now() });
    }
    return results;
  });
}

export default async function pages({ baseUrl, browser }: BenchContext): Promise<BenchFigure[]> {
  const weights: BenchFigure[] = [];
  const islandTimes: BenchFigure[] = [];
  for (const path of sitePages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const snapshot = track(page);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    weights.push(...weightFigures(`${path} on load`, await snapshot()));
    const islands = await hydrateIslands(page);
    await page.waitForLoadState('networkidle');
    weights.push(...weightFigures(`${path} all islands hydrated`, await snapshot()));
    for (const island of islands) {
      islandTimes.push({
        group: `island ${island.name} on ${path}`,
        metric: 'interactive, ms from navigation start (scrolled into view in turn)',
        value: island.ms,
        unit: 'ms',
      });
    }
    await page.close();
  }
  return [...weights, ...islandTimes];
}
