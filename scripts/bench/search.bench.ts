// Search: time from the last keystroke to the first rendered result, for a cold first query (empty
// browser cache, nothing loaded: the dialog's island, Pagefind's script, worker, WebAssembly and
// index all load after the keystroke) and for warm queries (everything loaded), plus the bytes a cold
// first query transfers. Targets: warm under 100 ms, a cold first query under 300 KB.
// The query arrives as one input event (as when pasting), the worst case: nothing was preloaded by
// earlier keystrokes. Timing is taken inside the page, from the input event to the moment the status
// line reports the results of that query, which is rendered together with the result list.
import type { Page } from '@playwright/test';
import { median } from './measure.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const coldRuns = 5;
const warmQueries = [
  'whitelist ip',
  'discount rejected',
  'ssl certificate expired',
  'magento slow callbacks',
  'moms rabatt',
  'ngrok tunnel',
  'callback timeout retry',
  'ipv6 only server',
  'preferred payment id',
  'brandvägg',
  'limit form fields',
  'self-signed certificate',
];

/** Puts `query` in the focused search field as one input event; resolves with the ms until its results render. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve, reject) => {
        const field = document.activeElement as HTMLInputElement;
        const status = field.closest('search')?.querySelector('[role="status"]');
        if (!status) return reject(new Error('no search status element next to the focused field'));
        const done = () =>
          status.textContent?.includes(`for “${q}”`) && status.closest('search')?.querySelector('[role="option"]');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        field.select();
        const start = performance.now();
        document.execCommand('insertText', false, q);
        setTimeout(() => reject(new Error(`no results for “${q}” within 15 s`)), 15_000);
      }),
    query,
  );
}

/** Opens the search dialog with `/` and waits until its field has focus. */
async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input');
}

export default async function search({ baseUrl, browser }: BenchContext): Promise<BenchFigure[]> {
  const group = 'search dialog on /faq/';
  const cold: number[] = [];
  const coldBytes: number[] = [];
  const coldDecoded: number[] = [];
  const coldRequests: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < coldRuns; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/faq/`, { waitUntil: 'networkidle' });
    // Count what the search itself transfers (the worker's fetches included): from opening the
    // dialog to the first results. Encoded bytes as sent (the preview server gzips text), and decoded.
    const transfers: Promise<{ sent: number; decoded: number }>[] = [];
    context.on('requestfinished', (request) => {
      transfers.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          const decoded = (await response?.body().catch(() => undefined))?.length ?? 0;
          // Chromium reports 0 for the worker script itself; count its decoded size then.
          const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : decoded;
          return { sent: body + sizes.responseHeadersSize, decoded };
        })().catch(() => ({ sent: 0, decoded: 0 })),
      );
    });
    await openDialog(page);
    cold.push(await timeQuery(page, 'callbacks not arriving'));
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(transfers);
    coldBytes.push(sizes.reduce((sum, n) => sum + n.sent, 0));
    coldDecoded.push(sizes.reduce((sum, n) => sum + n.decoded, 0));
    coldRequests.push(transfers.length);
    context.removeAllListeners('requestfinished');
    if (run === 0) {
      for (const query of warmQueries) warm.push(await timeQuery(page, query));
    }
    await context.close();
  }
  return [
    {
      group,
      metric: `cold first query, keystroke → result (median of ${coldRuns})`,
      value: median(cold),
      unit: 'ms',
    },
    { group, metric: `cold first query, slowest of ${coldRuns}`, value: Math.max(...cold), unit: 'ms' },
    {
      group,
      metric: `warm query, keystroke → result (median of ${warmQueries.length}, target < 100 ms)`,
      value: median(warm),
      unit: 'ms',
    },
    { group, metric: `warm query, slowest of ${warmQueries.length}`, value: Math.max(...warm), unit: 'ms' },
    { group, metric: 'cold first query, bytes transferred (target < 300 KB)', value: median(coldBytes), unit: 'B' },
    { group, metric: 'cold first query, bytes decompressed', value: median(coldDecoded), unit: 'B' },
    { group, metric: 'cold first query, requests', value: median(coldRequests), unit: 'count' },
  ];
}
