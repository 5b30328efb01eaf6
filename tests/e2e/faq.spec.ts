import ipaddr from 'ipaddr.js';
import { currentOwnedBlockList } from '../../src/lib/network/history.ts';
import sourceToc from '../fixtures/source-toc.json' with { type: 'json' };
import { faqEntries } from './faq-entries.ts';
import { expect, isInViewport, layoutShifts, recordLayoutShifts, scriptsReady, test } from './test-utils.ts';

// The 30 entries of the source FAQ's table of contents, with the stable id each has on this site;
// the page shows them, in that order, among the entries of the content collection.

/**
 * A row of the FAQ's CIDR table for an owned block from src/data/network.ts, its figures computed here
 * with ipaddr.js (not the site's own range code): host range, broadcast, netmask, the source's
 * "Allow from a.b.c.*" wildcard (for /8, /16 and /24), port and AS number.
 */
function expectedCidrRow(block: { cidr: string; asn: number; port: number }): string[] {
  const [, prefix] = ipaddr.IPv4.parseCIDR(block.cidr);
  const network = ipaddr.IPv4.networkAddressFromCIDR(block.cidr).octets;
  const broadcast = ipaddr.IPv4.broadcastAddressFromCIDR(block.cidr).octets;
  const value = (octets: number[]) => octets.reduce((n, octet) => n * 256 + octet, 0);
  const text = (n: number) => [3, 2, 1, 0].map((i) => Math.floor(n / 256 ** i) % 256).join('.');
  // Network and broadcast address are no hosts, up to /30.
  const edge = prefix <= 30 ? 1 : 0;
  const wildcard = prefix % 8 === 0 && prefix > 0 && prefix < 32 ? `${network.slice(0, prefix / 8).join('.')}.*` : null;
  return [
    block.cidr,
    `${text(value(network) + edge)} – ${text(value(broadcast) - edge)}`,
    broadcast.join('.'),
    ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString(),
    `Allow from ${wildcard ?? block.cidr}`,
    `${block.port} (https)`,
    `AS${block.asn}`,
  ];
}

test.describe('/faq/', () => {
  test('shows every question of the source under its heading and stable id, in source order', async ({ page }) => {
    await page.goto('faq/');
    const headings = page.locator('[data-faq-entry] .faq-heading :is(h2, h3, h4)');
    await expect(headings).toHaveCount(faqEntries.length);
    const found = await headings.evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent?.trim() })));
    expect(found).toEqual(faqEntries.map((entry) => ({ id: entry.anchor, text: entry.title })));
    const fromSource = found.filter((heading) => sourceToc.some((entry) => entry.anchor === heading.id));
    expect(fromSource).toEqual(sourceToc.map((entry) => ({ id: entry.anchor, text: entry.title })));
  });

  test('renders the CIDR table from the network data with computed figures', async ({ page }) => {
    await page.goto('faq/#how-do-i-configure-my-firewall-network');
    const table = page.getByRole('table', { name: /network blocks/i });
    await expect(table).toBeVisible();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())),
      );
    expect(rows).toEqual(currentOwnedBlockList.entries.map(expectedCidrRow));
  });

  test('keeps the facts integrators rely on', async ({ page }) => {
    await page.goto('faq/');
    const body = page.locator('[data-pagefind-body]');
    for (const fact of [
      /TLS\s*v?1\.2/,
      /443/,
      /5 seconds/,
      /24 April 2019/i,
      /bin\/magento config:set sales_email\/general\/async_sending 1/,
      /bin\/magento config:set sales_email\/general\/async_sending 0/,
      /172\.16\.0\.0\/12/,
      /Let['’]s ?Encrypt/i,
      /DigiCert/i,
    ]) {
      await expect(body).toContainText(fact);
    }
  });

  test('has no empty table where the source lost its diagram', async ({ page }) => {
    await page.goto('faq/');
    const emptyTables = await page
      .locator('table')
      .evaluateAll((tables) => tables.filter((t) => (t.textContent ?? '').trim() === '').length);
    expect(emptyTables).toBe(0);
  });
});

test.describe('legacy Confluence anchors', () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const entry of sourceToc) {
      test(`#${entry.legacyAnchor} lands on #${entry.anchor} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
        browser,
        baseURL,
      }) => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // The anchor exactly as the old Confluence table of contents wrote it.
        await page.goto(`${baseURL}faq/#${entry.legacyAnchor}`);
        await expect.poll(() => isInViewport(page, `#${entry.anchor}`)).toBe(true);
        // The browser found the fragment itself (the first question is in view even without it).
        const target = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
        expect(await page.evaluate((id) => document.getElementById(id) !== null, target)).toBe(true);
        await context.close();
      });
    }
  }
});

test.describe('copy link', () => {
  test('copies the absolute URL of the question with its anchor', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('faq/');
    await scriptsReady(page);
    await page.getByRole('link', { name: 'Copy link to “Are you using ngrok?”' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}faq/#are-you-using-ngrok`);
    await expect(page.locator('#site-status')).toHaveText('Link copied to the clipboard.');
  });

  test('shows the URL for manual copying where the clipboard is refused', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto('faq/');
    await scriptsReady(page);
    await page.getByRole('link', { name: 'Copy link to “Do we support IPv6?”' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Link to copy' })).toHaveValue(
      `${baseURL}faq/#do-we-support-ipv6`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  // The longest question wraps on a phone: the mark is drawn under each of its lines (a background on
  // the heading's box marked a band across the box's bottom that missed the first line), below the
  // glyphs (in forced colours the stroke takes the text's colour and must not cover it).
  const longest = [...faqEntries].sort((a, b) => b.title.length - a.title.length)[0]!;
  for (const via of ['anchor', 'legacyAnchor'] as const) {
    test(`a linked question is marked under every line it wraps to on a phone (#${via})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}faq/#${longest[via]}`);
      const heading = page.locator(`[id="${longest.anchor}"]`);
      const marks = await heading.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const style = getComputedStyle(el);
        const other = getComputedStyle(document.querySelector(`.faq-heading :is(h2, h3):not([id="${el.id}"])`)!);
        return {
          lines,
          decoration: style.textDecorationLine,
          belowGlyphs: Number.parseFloat(style.textUnderlineOffset) >= 0,
          background: style.backgroundImage,
          other: other.textDecorationLine,
        };
      });
      expect(marks.lines).toBeGreaterThan(1);
      expect(marks).toMatchObject({ decoration: 'underline', belowGlyphs: true, background: 'none', other: 'none' });
      await context.close();
    });
  }

  test('is a working permalink without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}faq/`);
    await expect(page.getByRole('link', { name: 'Copy link to “Are you using ngrok?”' })).toHaveAttribute(
      'href',
      /\/faq\/#are-you-using-ngrok$/,
    );
    await context.close();
  });
});

test.describe('table of contents', () => {
  test('is a sticky side navigation on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('faq/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => toc.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(50);
    await expect(toc).toBeInViewport();
  });

  test('is collapsible on phones and its links jump to the question', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('faq/');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const contents = page.getByText('Contents', { exact: true });
    await contents.click();
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await nav.getByRole('link', { name: 'Slow callbacks in Magento 2' }).click();
    await expect(page).toHaveURL(/#slow-callbacks-in-magento-2$/);
    await expect(page.locator('#slow-callbacks-in-magento-2')).toBeInViewport();
  });
});

test.describe('when the site script arrives after the load event', () => {
  for (const width of [412, 1280]) {
    test(`nothing on /faq/ moves at ${width} px (no layout shift: header buttons and Copy answer keep their place)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await recordLayoutShifts(page);
      await page.goto('faq/');
      await scriptsReady(page);
      await expect(page.locator('.copy-answer').first()).toBeVisible();
      expect(await layoutShifts(page)).toEqual([]);
    });
  }
});
