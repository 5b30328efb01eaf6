import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './test-utils.ts';

// /faq/ ships as text first: each tool embedded in an answer is a placeholder that reserves the
// tool's box, and the tool (its JS and its stylesheet) arrives when the reader gets near it
// (src/components/LazyEmbed.astro).

const toolFiles =
  /\/_astro\/(LazyEmbed|Allowlist\w+|OrderLines\w+|MagentoEmail\w+)\.[\w-]+\.js$|\/_astro\/(allowlist|order-lines|magento-email)\.[\w-]+\.css$/;

/** The embeds' islands on the page, in document order. */
const embeds = (page: Page) => page.locator('[data-embed]');

test.describe('/faq/ embeds arrive when the reader gets near them', () => {
  test('at the top of the page no tool code or tool stylesheet is fetched', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (toolFiles.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('faq/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);
    const count = await embeds(page).count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('.embed-slot')).toHaveCount(count);
    // Before it arrives, an embed says it is loading, never that JavaScript is off.
    await expect(page.locator('.embed-slot__js').first()).toBeAttached();
    await expect(page.locator('.embed-slot__nojs').first()).toBeHidden();
  });

  for (const width of [390, 1280]) {
    test(`each embed mounts styled, in the box its placeholder reserved, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('faq/');
      const count = await embeds(page).count();
      expect(count).toBeGreaterThan(0);
      // At the top of the page none has mounted yet: every placeholder's box is the reserve.
      const reserved = await page
        .locator('.embed-slot')
        .evaluateAll((slots) => slots.map((el) => el.getBoundingClientRect().height));
      expect(reserved).toHaveLength(count);
      for (let i = 0; i < count; i++) {
        const island = embeds(page).nth(i);
        await island.scrollIntoViewIfNeeded();
        await expect(island).toHaveAttribute('data-embed-state', 'mounted');
        // A tool is live (a diagram has no state to adopt).
        if ((await island.getAttribute('data-embed-kind')) === 'tool') await hydrated(island);
        await expect(island.locator('.embed-slot')).toHaveCount(0);
        const tool = island.locator(':scope > *').first();
        const height = await tool.evaluate((el) => el.getBoundingClientRect().height);
        // The reserve matches the tool to within a line or two; a tool that grew or shrank needs its
        // reserve in embed-slots.css (.embed-slot[data-embed-slot=…]) measured again.
        expect(
          Math.abs(height - reserved[i]!),
          `embed ${i}: reserved ${reserved[i]} px, tool ${height} px`,
        ).toBeLessThan(Math.max(64, height * 0.1));
        // Its stylesheet arrived with it: the tool's root is laid out by its own CSS, not as bare markup.
        const styled = await tool.evaluate((el) => getComputedStyle(el).display !== 'inline');
        expect(styled).toBe(true);
      }
    });
  }

  test.describe('when the connection fails', () => {
    test.use({ allowConsoleErrors: [/net::ERR_FAILED/] });
    test('a tool that fails to load says so, and "Try again" brings it', async ({ page }) => {
      let blocked = true;
      await page.route(/\/_astro\/OrderLinesEmbed\.[\w-]+\.js$/, (route) =>
        blocked ? route.abort() : route.continue(),
      );
      await page.goto('faq/#when-i-add-discount-in-hosted-flow');
      const index = await embeds(page).evaluateAll((islands) =>
        islands.findIndex((island) => island.querySelector('[data-embed-slot="order-lines"]')),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const island = embeds(page).nth(index);
      const status = island.locator('.embed-slot__js');
      await expect(status).toContainText('The tool did not load');
      blocked = false;
      await status.getByRole('button', { name: 'Try again' }).click();
      await hydrated(island);
      await expect(island.locator('[data-order-lines-embed]')).toBeVisible();
    });
  });

  test('without JavaScript, each embed says it needs it and links to the full tool', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('faq/');
    const notes = page.locator('.embed-slot__nojs');
    const count = await notes.count();
    expect(count).toBe(await page.locator('.embed-slot').count());
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await notes.nth(i).scrollIntoViewIfNeeded();
      await expect(notes.nth(i)).toBeVisible();
      await expect(notes.nth(i)).toContainText(/^This (tool needs JavaScript|diagram is drawn here with JavaScript)\./);
      await expect(notes.nth(i).getByRole('link', { name: 'Open the full tool' })).toHaveAttribute(
        'href',
        /\/tools\/[a-z-]+\/(#[a-z-]+)?$/,
      );
      await expect(page.locator('.embed-slot__js').nth(i)).toBeHidden();
    }
    await context.close();
  });
});
