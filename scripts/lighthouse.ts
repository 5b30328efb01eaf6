// Lighthouse (mobile settings, the default) on every page of the sitemap, LIGHTHOUSE_RUNS times each
// (default 3): prints each run's four category scores with LCP, TBT and CLS and what did not pass, then
// the lowest score of each category over all runs, and writes bench-results/lighthouse.json.
// Usage: npm run lighthouse   (LIGHTHOUSE_PAGES=/faq/,/tools/ to measure only those,
// LIGHTHOUSE_KEEP=1 to keep each full report in bench-results/lighthouse/; builds into dist-lighthouse, serves on port 4398, uses CHROMIUM_PATH or /usr/bin/chromium)
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { sitePages } from '../src/data/pages.ts';
import { chromiumArgs } from './browser.ts';
import { buildAndServe } from './serve-build.ts';

const { baseUrl, stop } = await buildAndServe('lighthouse', 4398);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const only = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const pages = only ? sitePages.filter((path) => only.includes(path)) : sitePages;
if (pages.length === 0) throw new Error(`LIGHTHOUSE_PAGES names no page of the sitemap: ${sitePages.join(' ')}`);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: Record<string, string | number>[] = [];
try {
  for (let run = 1; run <= runs; run++)
    for (const path of pages) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`lighthouse: no result for ${path}`);
      if (process.env.LIGHTHOUSE_KEEP) {
        mkdirSync('bench-results/lighthouse', { recursive: true });
        writeFileSync(`bench-results/lighthouse/${path.replaceAll('/', '_')}${run}.json`, result.report as string);
      }
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      rows.push({
        page: path,
        run,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        'LCP (ms)': Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        'TBT (ms)': Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        CLS: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        'not passed': failing.join(' '),
      });
    }
} finally {
  await chrome.kill();
  stop();
}

const headers = Object.keys(rows[0] ?? {});
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(headers));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(headers.map((h) => String(row[h]))));
const lowest = Object.fromEntries(categories.map((c) => [c, Math.min(...rows.map((r) => Number(r[c])))]));
console.log(
  `\nlowest over ${runs} run(s) of ${pages.length} pages: ${categories.map((c) => `${c} ${lowest[c]}`).join(', ')}`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/lighthouse.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, lowest, rows }, null, 2)}\n`,
);
console.log('\nwritten: bench-results/lighthouse.json');
