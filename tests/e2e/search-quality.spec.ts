import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { searchCases } from './search-queries.ts';
import { expect, test } from './test-utils.ts';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('customer searches land on the answer that helps: all in the top 3, at least 90 % first', async ({ page }) => {
  test.setTimeout(180_000);
  const cases = searchCases.filter((c) => !c.page || existsSync(join(outDir, c.page, 'index.html')));
  const skipped = searchCases.filter((c) => !cases.includes(c));
  for (const c of skipped) {
    test
      .info()
      .annotations.push({ type: 'skipped row', description: `“${c.query}”: ${outDir}/${c.page} is not built yet` });
  }

  await page.goto('search/');
  const field = page.getByRole('combobox', { name: 'Search the FAQ' });
  const status = page.locator('#search-page-status');
  const lines: string[] = [];
  let first = 0;
  let topThree = 0;
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
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) topThree++;
    const got = hrefs.slice(0, 3).map((href) => new URL(href).hash || new URL(href).pathname);
    lines.push(
      `${rank === 0 ? '1 ' : rank > 0 && rank < 3 ? `${rank + 1} ` : '✗ '} ${query.padEnd(62)} ${expected}${rank === 0 ? '' : `  (got ${got.join(', ')})`}`,
    );
    expect
      .soft(rank, `“${query}” should find ${expected} in the top 3 (got ${got.join(', ')})`)
      .toBeGreaterThanOrEqual(0);
    expect.soft(rank, `“${query}” should find ${expected} in the top 3`).toBeLessThan(3);
  }
  const hitAt1 = first / cases.length;
  const hitAt3 = topThree / cases.length;
  const summary = `hit@1 ${first}/${cases.length} = ${(100 * hitAt1).toFixed(1)} %, hit@3 ${topThree}/${cases.length} = ${(100 * hitAt3).toFixed(1)} %${skipped.length > 0 ? ` (${skipped.length} tool rows skipped: page not built)` : ''}`;
  console.log(`\nSearch quality\n${lines.join('\n')}\n${summary}\n`);
  await test
    .info()
    .attach('search-quality.txt', { body: `${lines.join('\n')}\n${summary}\n`, contentType: 'text/plain' });
  expect(cases.length, 'the table has at least 30 runnable queries').toBeGreaterThanOrEqual(30);
  expect(hitAt1, summary).toBeGreaterThanOrEqual(0.9);
});
