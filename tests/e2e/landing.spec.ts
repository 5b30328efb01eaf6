import type { Browser, Page } from '@playwright/test';
import sourceToc from '../fixtures/source-toc.json' with { type: 'json' };
import { expect, scriptsReady, test } from './test-utils.ts';

// A link lands at once: 100 ms after load its target is at the top of the viewport, and it stays
// there (no smooth scroll still running, no shift). Smooth scrolling only follows clicks within a page.

/** How far below the viewport's top edge a landed target may start: scroll padding and margin (2rem) plus 8 px. */
const TOP_SLACK = 40;

/** The target's distance from the viewport's top, 100 ms after load and again a second later. */
async function landing(page: Page, selector: string): Promise<{ at100: number; later: number }> {
  await page.waitForTimeout(100);
  const top = () =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const at100 = await top();
  await page.waitForTimeout(1000);
  return { at100, later: await top() };
}

async function open(browser: Browser, baseURL: string | undefined, path: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  return { context, page };
}

const deepEntries = ['local-networks-hosts', 'limitforms', 'slow-callbacks-in-magento-2', 'the-jungle-of-ssl'].map(
  (anchor) => sourceToc.find((e) => e.anchor === anchor)!,
);

for (const javaScriptEnabled of [true, false]) {
  const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
  test.describe(`a deep link lands at once, ${js}`, () => {
    for (const entry of deepEntries) {
      for (const [kind, fragment] of [
        ['new', entry.anchor],
        ['legacy', entry.legacyAnchor],
      ] as const) {
        test(`${kind} anchor #${fragment}`, async ({ browser, baseURL }) => {
          const { context, page } = await open(browser, baseURL, `faq/#${fragment}`, javaScriptEnabled);
          const { at100, later } = await landing(page, `[id="${entry.anchor}"]`);
          expect(at100).toBeGreaterThanOrEqual(0);
          expect(at100).toBeLessThanOrEqual(TOP_SLACK);
          expect(Math.abs(later - at100)).toBeLessThanOrEqual(2);
          await context.close();
        });
      }
    }
  });
}

test.describe('a tool link with state but no #section lands on the section that holds it', () => {
  for (const [path, heading, field] of [
    // The example: a callback URL someone typed or trimmed, without #callback-url.
    ['tools/allowlist/?url=https%3A%2F%2Fshop.se%2Fcb', 'callback-url', 'https://shop.se/cb'],
    ['tools/allowlist/?allowlist=13.50.187.51', 'allowlist', '13.50.187.51'],
    ['tools/allowlist/?snippet=nginx&utm_source=mail', 'snippets', null],
    ['tools/callbacks/?salt=s3cret', 'digest', 's3cret'],
    ['tools/callbacks/?problem=slow&duration=3', 'delivery', null],
  ] as const) {
    test(path, async ({ browser, baseURL }) => {
      const { context, page } = await open(browser, baseURL, path, true);
      const { at100, later } = await landing(page, `#${heading}`);
      expect(at100).toBeGreaterThanOrEqual(0);
      expect(at100).toBeLessThanOrEqual(TOP_SLACK);
      expect(Math.abs(later - at100)).toBeLessThanOrEqual(2);
      const section = page.locator(`section:has(> #${heading})`);
      // Scrolled into view, the section's client:visible island hydrated and read the URL.
      await expect(section.locator('astro-island[ssr]')).toHaveCount(0);
      if (field) {
        const values = await section
          .locator('input, textarea')
          .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
        expect(values).toContain(field);
      }
      await context.close();
    });
  }

  test('parameters no section keeps leave the page at its top', async ({ browser, baseURL }) => {
    const { context, page } = await open(browser, baseURL, 'tools/allowlist/?utm_source=mail&x=%3Cscript%3E', true);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });
});

test.describe('smooth scrolling', () => {
  const behaviour = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);

  test('is off on arrival and on after a click on a link within the page', async ({ browser, baseURL }) => {
    const { context, page } = await open(browser, baseURL, 'faq/', true);
    // The click listener is the site's script, which runs after the load event.
    await scriptsReady(page);
    expect(await behaviour(page)).toBe('auto');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: sourceToc[9]!.title })
      .click();
    expect(await behaviour(page)).toBe('smooth');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${sourceToc[9]!.anchor}`);
    await context.close();
  });

  test('stays off for readers who ask for reduced motion', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseURL}faq/`);
    await page.locator('.toc--side a[href*="#"]').nth(3).click();
    expect(await behaviour(page)).toBe('auto');
    await context.close();
  });
});

// Links as today's main writes them (share links carry their #section): they keep opening on the
// same target with the same state.
test.describe('links written before this change open as they did', () => {
  for (const [path, target, field] of [
    ['faq/#FAQ-%22Limitforms%22?', '[id="limitforms"]', null],
    ['faq/#are-you-using-ngrok', '[id="are-you-using-ngrok"]', null],
    // A search result's link: the highlight script puts the whole answer at the top.
    [
      'faq/?highlight=VAT+discount#when-i-add-discount-in-hosted-flow',
      '[data-faq-entry="when-i-add-discount-in-hosted-flow"]',
      null,
    ],
    ['tools/allowlist/?ip=192.121.110.5#address', '#address', '192.121.110.5'],
    ['tools/allowlist/?url=https%3A%2F%2Fshop.se%2Fcb#callback-url', '#callback-url', 'https://shop.se/cb'],
    ['tools/callbacks/?node=BOOKED#flow', '#flow', null],
  ] as const) {
    test(path, async ({ browser, baseURL }) => {
      const { context, page } = await open(browser, baseURL, path, true);
      const { at100 } = await landing(page, target);
      expect(at100).toBeGreaterThanOrEqual(0);
      expect(at100).toBeLessThanOrEqual(TOP_SLACK);
      if (field) {
        const section = page.locator(`section:has(> ${target})`);
        await expect
          .poll(() =>
            section.locator('input, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
          )
          .toContain(field);
      }
      await context.close();
    });
  }
});
