import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { changesSinceVersion, olderVersions } from '../../src/lib/allowlist/allowlist-changes.ts';
import { minimalResursSources, targetsOfVersion } from '../../src/lib/allowlist/resurs-ranges.ts';
import { buildVersionMatrix, networkVersions } from '../../src/lib/network/history.ts';
import { countOf } from '../../src/lib/shared/count.ts';
import { expect, test, hydrated as toolHydrated, useColorScheme } from './test-utils.ts';

// Expected addresses come from the versions in src/data/network.ts, never typed here.
const TOOL = 'tools/allowlist/';
const previous = olderVersions[0]!;
const oldest = olderVersions[olderVersions.length - 1]!;
const added = (date: string) => {
  const result = changesSinceVersion(date);
  return result.ok ? result.value.add : [];
};

const section = (page: Page) => page.locator('[data-allowlist-mode="changes"]');
const addBlock = (page: Page) => section(page).locator('[data-changes="add"]');
const removeBlock = (page: Page) => section(page).locator('[data-changes="remove"]');
/** The section's live summary (the copy buttons have live regions of their own). */
const summary = (page: Page) => section(page).locator('.al-summary[role="status"]');

/** Scrolls to the section and waits until its island has hydrated. */
async function hydrated(page: Page) {
  await toolHydrated(page.locator('[data-allowlist-mode="changes"]'));
}

test.describe('What changed', () => {
  test('puts every version side by side, with every entry any version listed', async ({ page }) => {
    await page.goto(TOOL);
    const table = page.getByRole('table', { name: "Every version of Resurs' lists, side by side" });
    await expect(table.locator('thead th')).toHaveCount(networkVersions.length + 1);
    for (const v of networkVersions) await expect(table.locator('thead')).toContainText(v.date);
    const matrix = buildVersionMatrix();
    await expect(table.locator('tbody tr')).toHaveCount(matrix.length);
    for (const row of matrix) {
      const cells = table.locator(`tr[data-cidr="${row.cidr}"] td`);
      await expect(cells).toHaveText(row.cells.map((c) => (c === null ? 'not listed' : `listed (${c})`)));
    }
  });

  test('advertises the Atom feed, which parses as Atom with one entry per version', async ({ page, request }) => {
    await page.goto(TOOL);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    const response = await request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).toString());
    expect(response.headers()['content-type']).toContain('xml');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      await response.text(),
      'application/xml',
    );
    expect(errors).toEqual([]);
    expect(doc.documentElement?.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')).toHaveLength(networkVersions.length);
  });

  test('the FAQ firewall answer links to the feed and to this section', async ({ page }) => {
    await page.goto('faq/');
    const answer = page.locator('[data-faq-entry="how-do-i-configure-my-firewall-network"]');
    await expect(answer.getByRole('link', { name: 'Atom feed of the versions' })).toHaveAttribute('href', /ips\.atom$/);
    await expect(answer.getByRole('link', { name: 'what changed' })).toHaveAttribute(
      'href',
      /tools\/allowlist\/#changes$/,
    );
  });

  test('from the version before the newest: exactly the new addresses to add, in each syntax', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    const from = section(page).getByLabel('My allowlist was made from');
    await expect(from).toHaveValue(previous.date);
    for (const syntax of ['iptables', 'nginx', 'aws'] as const) {
      await section(page).getByLabel('Rules for').selectOption(syntax);
      const code = addBlock(page).locator('pre');
      for (const t of added(previous.date)) await expect(code).toContainText(t.cidr);
      for (const t of targetsOfVersion(previous).minimal) await expect(code).not.toContainText(t.cidr);
      await expect(removeBlock(page)).toContainText('Nothing to remove');
    }
    await expect(summary(page)).toContainText(`add ${countOf(added(previous.date).length, 'rule')}`);
  });

  test('keeps the version and the syntax in the URL, and restores them', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    await section(page).getByLabel('My allowlist was made from').selectOption(oldest.date);
    await section(page).getByLabel('Rules for').selectOption('ufw');
    await expect(page).toHaveURL(new RegExp(`from=${oldest.date}.*rules=ufw|rules=ufw.*from=${oldest.date}`));
    await page.reload();
    await hydrated(page);
    await expect(section(page).getByLabel('My allowlist was made from')).toHaveValue(oldest.date);
    await expect(section(page).getByLabel('Rules for')).toHaveValue('ufw');
    for (const t of added(oldest.date)) await expect(addBlock(page)).toContainText(`from ${t.cidr} to any port 443`);
  });

  test('a pasted allowlist gets its missing lines, and the paste lives in the URL', async ({ page }) => {
    const old = targetsOfVersion(previous).minimal.map((t) => t.cidr);
    await page.goto(`${TOOL}?from=paste&rules=apache`);
    await hydrated(page);
    const input = section(page).getByLabel('Your current allowlist', { exact: true });
    await input.fill(old.join('\n'));
    for (const t of added(previous.date)) await expect(addBlock(page)).toContainText(`Require ip ${t.cidr}`);
    await expect(page).toHaveURL(/mine=/);
    await page.reload();
    await hydrated(page);
    await expect(section(page).getByLabel('Your current allowlist', { exact: true })).toHaveValue(old.join('\n'));
    await input.fill(minimalResursSources.map((t) => t.cidr).join('\n'));
    await expect(summary(page)).toContainText('Nothing to change');
  });

  test.describe('hostile input', () => {
    for (const [what, query] of [
      ['markup as the version', `from=${encodeURIComponent('<img src=x onerror=alert(1)>')}`],
      ['half an emoji as the version', 'from=%F0%9F'],
      ['a huge version', `from=${'9'.repeat(6_000)}`],
      ['an unknown syntax', `rules=${encodeURIComponent('"><script>alert(1)</script>')}`],
      [
        'a hostile paste',
        `from=paste&mine=${encodeURIComponent(`<script>alert(1)</script>\n${'😀'.repeat(200)}\n1.2.3.4/99`)}`,
      ],
    ] as const) {
      test(`${what}: a clear message or a safe fallback, no error`, async ({ page }) => {
        await page.goto(`${TOOL}?${query}`);
        await hydrated(page);
        const status = summary(page);
        await expect(status).not.toBeEmpty();
        if (query.startsWith('from=paste')) await expect(status).toContainText('no valid entry');
        else if (query.startsWith('from=')) await expect(status).toContainText('There is no version');
        else await expect(section(page).getByLabel('Rules for')).toHaveValue('iptables');
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
        const injected = await page.evaluate(
          () => [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
        );
        expect(injected).toBe(0);
      });
    }
  });

  for (const [scheme, width] of [
    ['light', 375],
    ['dark', 1280],
  ] as const) {
    test(`axe finds no violation in the section, ${scheme}, ${width} px, with lines to add`, async ({ page }) => {
      await useColorScheme(page, scheme);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${TOOL}?rules=nftables`);
      await hydrated(page);
      await expect(addBlock(page).locator('pre')).toContainText('add element inet filter resurs_sources');
      const results = await new AxeBuilder({ page }).include('section[aria-labelledby="changes"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
