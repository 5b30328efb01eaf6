import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Problems a page reported while a test ran: any of them fails the test. */
interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/**
 * Every test using this `test` fails on any console error (CSP violations are logged as errors),
 * uncaught page error or request to a host other than the local preview server (such requests are
 * also aborted). Use `test.use({ allowConsoleErrors: [/pattern/] })` for tests that expect an error.
 */
export const test = base.extend<{ problems: PageProblems; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, allowConsoleErrors }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowConsoleErrors.some((pattern) => pattern.test(text))) problems.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => problems.pageErrors.push(error.message));
      await page.route(
        (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
        (route) => {
          problems.foreignRequests.push(route.request().url());
          return route.abort();
        },
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'the page reported problems').toEqual({
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
      });
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the site's script, which runs after the load event (src/scripts/site.ts), has started
 * everything on the page: until then `/` and Ctrl+K do nothing and "Copy link" is a plain link.
 */
export async function scriptsReady(page: Page): Promise<void> {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Runs axe over the page (WCAG 2.x A/AA and best practices) and expects no violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets the colour scheme the OS would report, for light/dark checks. */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
}

/** Whether the element's box is at least partly inside the viewport. */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
}

/**
 * The one hydration marker: a tool's root carries `data-hydrated` once it has hydrated and adopted
 * what is on the page (see `useToolState`). Scrolls `scope` (a tool root, or an element holding
 * one) into view, so a `client:visible` island hydrates, and waits for its tool.
 */
export async function hydrated(scope: Locator): Promise<void> {
  await scope.first().scrollIntoViewIfNeeded();
  const tool = scope.first().locator('xpath=descendant-or-self::*[@data-tool]').first();
  await expect(tool).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
}

/**
 * Reaches for a tool the way a person's pointer does (a pointerdown on its root, which moves no
 * focus and changes no field): an island hydrated on demand (`client:needed`, see
 * src/directives/needed.ts) hydrates then. Call it only where the page holds no state of its own,
 * so a test of a state link still proves that the link alone hydrates the tool.
 */
export async function reachFor(scope: Locator): Promise<void> {
  await scope.first().locator('xpath=descendant-or-self::*[@data-tool]').first().dispatchEvent('pointerdown');
}

/**
 * Scrolls every visible tool into view in turn until all have hydrated (carry `data-hydrated`),
 * and reaches for those hydrated on demand (see {@link reachFor}). A fast scroll can pass an island
 * between two observer callbacks, so each waiting one is shown again until it hydrates.
 */
export async function hydrateAllIslands(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const waiting = [...document.querySelectorAll('[data-tool]:not([data-hydrated])')].filter(
            (tool) => tool.getClientRects().length > 0,
          );
          waiting[0]?.scrollIntoView();
          if (waiting[0]?.closest('astro-island[client="needed"]'))
            waiting[0].dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          return waiting.length;
        }),
      { timeout: 20_000 },
    )
    .toBe(0);
}

/**
 * Holds back the islands' renderer (every island needs it to hydrate) until the returned function
 * is called: the page is as a person on a slow network sees it, fields typeable, scripts not yet run.
 */
export async function holdIslandScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_astro\/client\.[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** What the clipboard holds, as plain text and as HTML (grant clipboard-read first). */
export async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

/**
 * Marks a new element inside a FAQ answer as a changed embedded tool, as embeds do under the
 * contract (data-tool-embed, data-tool-changed, data-tool-verdict, data-tool-href).
 */
export async function fakeChangedTool(page: Page, anchor: string, verdict: string, href: string): Promise<void> {
  await page.evaluate(
    ({ anchor, verdict, href }) => {
      const el = document.createElement('div');
      el.dataset.toolEmbed = '';
      el.dataset.toolChanged = '';
      el.dataset.toolVerdict = verdict;
      el.dataset.toolHref = href;
      document.querySelector(`[data-faq-entry="${anchor}"] .faq-body`)?.append(el);
    },
    { anchor, verdict, href },
  );
}

/**
 * Records every layout shift from the page's start (call before `goto`), each as its score and what
 * moved, e.g. `0.0002 header A.brand` (in the site's header) or `0.0001 page A.copy-link`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
        const moved = (entry.sources ?? []).map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          const where = element?.closest('.site-header') ? 'header' : 'page';
          return `${where} ${node?.nodeName}${element?.className ? `.${element.className}` : ''}`;
        });
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded so far (recordLayoutShifts), after a frame for the observer to report in. */
export async function layoutShifts(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  return page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
}
