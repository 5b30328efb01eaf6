import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrateAllIslands, test } from './test-utils.ts';

const TOOL = 'tools/callbacks/';

/** Scrolls through the page so every client:visible island hydrates, then waits for all of them. */
async function hydrateAll(page: Page) {
  await hydrateAllIslands(page);
  // Let colour transitions finish, so axe measures contrast on the final colours.
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

test.describe('accessibility of the callback tool', () => {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violation at ${width} px, ${scheme}, mid-scenario with a box selected`, async ({ page }) => {
        // axe over a page this size takes 10–20 s on a loaded 2-core machine.
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        // A scenario in progress, a selected box, a failing simulation and a digest check: every state styled.
        await page.goto(`${TOOL}?scenario=frozen-annulled&step=4&node=ANNULMENT&never=1&received=00`);
        await hydrateAll(page);
        await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-node', 'AUTOMATIC_FRAUD_CONTROL');
        await expectNoAxeViolations(page, `${TOOL} ${width}px ${scheme}`);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the FAQ embed, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('faq/');
      const embed = page.locator('[data-faq-entry="good-to-know"] [data-embed]');
      await embed.scrollIntoViewIfNeeded();
      await expect(embed).toHaveAttribute('data-embed-state', 'mounted');
      const results = await new AxeBuilder({ page }).include('[data-faq-entry="good-to-know"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test.describe('the diagram’s presentation', () => {
  test('follows the light and dark themes through the CSS variables', async ({ page }) => {
    const fill = () =>
      page.locator('svg [data-node="BOOKED"] .cb-node__box').evaluate((el) => getComputedStyle(el).fill);
    // --accent-soft: #e4f3ee in light, #163a30 in dark (polled: the fill change may be animated).
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(TOOL);
    await expect.poll(fill).toBe('rgb(228, 243, 238)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(fill).toBe('rgb(22, 58, 48)');
  });

  test('fits a 320 px phone: the flow reads as a column of boxes, the page does not scroll sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(TOOL);
    await hydrateAll(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The picture would draw its text at 7-9 px here: the phone layout replaces it.
    await expect(page.locator('[data-callbacks-tool="flow"] .cb-scroll')).toBeHidden();
    const box = page.locator('[data-callbacks-tool="flow"] #cb-phone-BOOKED .cb-pnode__box');
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('href', '#node-BOOKED');
    await expect(page.locator('#cb-phone-BOOKED').getByRole('link', { name: 'Shop revives the order' })).toBeVisible();
  });

  test('scales up to a wide screen without a sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(TOOL);
    const frame = page.locator('[data-callbacks-tool="flow"] .cb-scroll');
    expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  test('prints the whole diagram without the controls', async ({ page }) => {
    await page.goto(TOOL);
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.cb-explorer__controls')).toBeHidden();
    const minWidth = await page
      .locator('[data-callbacks-tool="flow"] svg')
      .evaluate((el) => getComputedStyle(el).minWidth);
    expect(minWidth).toBe('0px');
    await expect(page.locator('svg [data-node="BOOKED"]')).toBeVisible();
  });
});
