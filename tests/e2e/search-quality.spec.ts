import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { forgivingCases, type SearchCase, searchCases } from './search-queries.ts';
import { expect, test } from './test-utils.ts';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rank (0-based, -1 when absent) of each case's answer on the results page, and a printable line per case. */
async function rankCases(page: Page, cases: readonly SearchCase[]) {
  await page.goto('search/');
  const field = page.getByRole('combobox', { name: 'Search the FAQ' });
  const status = page.locator('#search-page-status');
  const rows: { query: string; rank: number; line: string; got: string[] }[] = [];
  for (const { query, expected } of cases) {
    await field.fill(query);
    await expect(status).toHaveText(new RegExp(`(answers?|No answers) for “${escapeRegExp(query)}”`));
    const hrefs = await page
      .locator('#search-page-results [role="option"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const rank = hrefs.findIndex((href) => {
      const url = new URL(href);
      return expected.startsWith('#') ? url.hash === expected : url.pathname.endsWith(expected);
    });
    const got = hrefs.slice(0, 3).map((href) => new URL(href).hash || new URL(href).pathname);
    const line = `${rank === 0 ? '1 ' : rank > 0 && rank < 3 ? `${rank + 1} ` : '✗ '} ${query.slice(0, 62).padEnd(62)} ${expected}${rank === 0 ? '' : `  (got ${got.join(', ')})`}`;
    rows.push({ query, rank, line, got });
  }
  return rows;
}

/** "hit@1 a/n = x %, hit@3 b/n = y %" for ranks. */
function summarize(ranks: readonly number[]) {
  const first = ranks.filter((rank) => rank === 0).length;
  const topThree = ranks.filter((rank) => rank >= 0 && rank < 3).length;
  const percent = (n: number) => `${((100 * n) / Math.max(1, ranks.length)).toFixed(1)} %`;
  return {
    hitAt1: first / Math.max(1, ranks.length),
    hitAt3: topThree / Math.max(1, ranks.length),
    text: `hit@1 ${first}/${ranks.length} = ${percent(first)}, hit@3 ${topThree}/${ranks.length} = ${percent(topThree)}`,
  };
}

test('customer searches land on the answer that helps: all in the top 3, at least 90 % first', async ({ page }) => {
  test.setTimeout(180_000);
  const cases = searchCases.filter((c) => !c.page || existsSync(join(outDir, c.page, 'index.html')));
  const skipped = searchCases.filter((c) => !cases.includes(c));
  for (const c of skipped) {
    test
      .info()
      .annotations.push({ type: 'skipped row', description: `“${c.query}”: ${outDir}/${c.page} is not built yet` });
  }
  const rows = await rankCases(page, cases);
  for (const { query, rank, got } of rows) {
    const expected = cases.find((c) => c.query === query)?.expected;
    expect
      .soft(rank, `“${query}” should find ${expected} in the top 3 (got ${got.join(', ')})`)
      .toBeGreaterThanOrEqual(0);
    expect.soft(rank, `“${query}” should find ${expected} in the top 3`).toBeLessThan(3);
  }
  const summary = summarize(rows.map((row) => row.rank));
  const text = `${summary.text}${skipped.length > 0 ? ` (${skipped.length} tool rows skipped: page not built)` : ''}`;
  const lines = rows.map((row) => row.line);
  console.log(`\nSearch quality\n${lines.join('\n')}\n${text}\n`);
  await test.info().attach('search-quality.txt', { body: `${lines.join('\n')}\n${text}\n`, contentType: 'text/plain' });
  expect(cases.length, 'the table has at least 30 runnable queries').toBeGreaterThanOrEqual(30);
  expect(summary.hitAt1, text).toBeGreaterThanOrEqual(0.9);
});

test('misspelled, pasted-error and Swedish searches still land on the answer: 90 % first, 96 % in the top 3', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const rows = await rankCases(page, forgivingCases);
  const kinds = [...new Set(forgivingCases.map((c) => c.kind))];
  const perKind = kinds.map(
    (kind) =>
      `${kind}: ${summarize(rows.filter((_, i) => forgivingCases[i]?.kind === kind).map((row) => row.rank)).text}`,
  );
  const summary = summarize(rows.map((row) => row.rank));
  const lines = rows.map((row) => row.line);
  const text = `${perKind.join('\n')}\nall: ${summary.text}`;
  console.log(`\nForgiving search quality\n${lines.join('\n')}\n${text}\n`);
  await test
    .info()
    .attach('search-quality-forgiving.txt', { body: `${lines.join('\n')}\n${text}\n`, contentType: 'text/plain' });
  expect(forgivingCases.length, 'the table has at least 40 queries').toBeGreaterThanOrEqual(40);
  expect(summary.hitAt1, text).toBeGreaterThanOrEqual(0.9);
  expect(summary.hitAt3, text).toBeGreaterThanOrEqual(0.96);
});
