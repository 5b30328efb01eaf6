import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, layoutShifts, recordLayoutShifts, scriptsReady, test } from './test-utils.ts';

// A slow device paints the part of a page it has parsed so far, and what arrives next must not move
// it. Here /faq/ arrives in pieces, 300 ms apart, cut where a piece that arrives late would move
// what is already on screen: within the brand, within the links, between the header's two buttons,
// and within an answer's Copy link. src/layouts/BaseLayout.astro holds the first paint until the
// first screen is parsed (rel=expect, up to the stylesheet src/pages/faq/index.astro links in the
// body); global.css keeps the header still where a browser ignores that. Then the page arrives as
// its first screen and, 1.5 s later, the rest: the first screen must paint alone and be full, and a
// link to an answer below must paint first where it lands.

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const html = readFileSync(`${outDir}/faq/index.html`, 'utf8');
const expectLink = /<link rel="expect"[^>]*>/;

/** Where the page is cut: right after each of these (the first occurrence). */
const headerCuts = ['<span class="brand__long">', '</a></li>', '</button>'];
const bodyCuts = ['<a class="copy-link"'];

/** The page in pieces, cut right after each marker. */
function pieces(text: string, cuts: readonly string[]): string[] {
  const at = cuts.map((cut) => {
    const index = text.indexOf(cut);
    if (index < 0) throw new Error(`the built /faq/ has no ${cut}`);
    return text.indexOf('>', index + cut.length - 1) + 1;
  });
  const ends = [...at.sort((a, b) => a - b), text.length];
  return ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end));
}

/** Serves the given pieces as one HTML response, 300 ms apart. */
async function streaming(parts: readonly string[]): Promise<{ server: Server; url: string }> {
  const server = createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    for (const [i, part] of parts.entries()) {
      if (i > 0) await new Promise((done) => setTimeout(done, 300));
      res.write(part);
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/faq/` };
}

/** Loads /faq/ from the given pieces and returns every layout shift, with what moved. */
async function shiftsWhileArriving(page: Page, parts: readonly string[]): Promise<string[]> {
  const { server, url } = await streaming(parts);
  try {
    await recordLayoutShifts(page);
    // The document comes from the streaming server; everything it loads, from the site's.
    await page.route(/\/faq\/$/, (route) =>
      route.request().isNavigationRequest() ? route.continue({ url }) : route.continue(),
    );
    await page.goto('faq/');
    await scriptsReady(page);
    await expect(page.locator('.copy-answer').first()).toBeVisible();
    return await layoutShifts(page);
  } finally {
    server.close();
  }
}

test.describe('/faq/ arriving in pieces on a slow connection', () => {
  test('the built page holds its first paint until its first screen is parsed', () => {
    expect(html).toMatch(expectLink);
    const target = /href="#([^"]+)"/.exec(expectLink.exec(html)![0])![1];
    const at = html.indexOf(`id="${target}"`);
    // What it waits for is the stylesheet linked in the body: after the header and the first answer's
    // Copy link (so those never paint half-arrived), before the first embed (which needs its styles).
    expect(html.slice(at - 20, at + 60)).toMatch(new RegExp(`<link id="${target}" rel="stylesheet"`));
    expect(at).toBeGreaterThan(html.indexOf('</header>'));
    expect(at).toBeGreaterThan(html.indexOf(bodyCuts[0]!));
    expect(at).toBeLessThan(html.indexOf('class="embed-slot'));
  });

  for (const width of [412, 1280]) {
    test(`nothing on the page moves at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      expect(await shiftsWhileArriving(page, pieces(html, [...headerCuts, ...bodyCuts]))).toEqual([]);
    });

    test(`without rel=expect (a browser that ignores it) the header keeps still at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const shifts = await shiftsWhileArriving(page, pieces(html.replace(expectLink, ''), headerCuts));
      expect(shifts.filter((shift) => shift.includes(' header '))).toEqual([]);
    });
  }

  const divider = /href="#([^"]+)"/.exec(expectLink.exec(html)![0])![1]!;
  /** The page in two pieces, 1.5 s apart: its first screen (up to the stylesheet in the body), then the rest. */
  const firstScreenThenRest = () => pieces(html, [`<link id="${divider}"`]);

  /** Loads /faq/ (with the given #fragment) in those two pieces; when it first painted, and when the
   *  rest, and the fragment's element, had arrived (the page's clock). */
  async function arrival(page: Page, fragment = '') {
    const parts = firstScreenThenRest();
    const server = createServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(parts[0]);
      await new Promise((done) => setTimeout(done, 1500));
      res.end(parts[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/faq/`;
    try {
      await page.addInitScript(
        ({ divider, id }) => {
          const seen: Record<string, number> = {};
          (window as unknown as { seen: typeof seen }).seen = seen;
          new MutationObserver(() => {
            if (!seen.rest && document.getElementById(divider)?.nextElementSibling) seen.rest = performance.now();
            if (id && !seen.target && document.getElementById(id)) seen.target = performance.now();
          }).observe(document, { childList: true, subtree: true });
        },
        { divider, id: decodeURIComponent(fragment.slice(1)) },
      );
      await page.route(/\/faq\/$/, (route) =>
        route.request().isNavigationRequest() ? route.continue({ url }) : route.continue(),
      );
      await page.goto(`faq/${fragment}`);
      await scriptsReady(page);
      return await page.evaluate(() => ({
        ...(window as unknown as { seen: { rest?: number; target?: number } }).seen,
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
    } finally {
      server.close();
    }
  }

  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`paints its first screen before the rest has arrived, and that screen is full, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await recordLayoutShifts(page);
      const { painted, rest } = await arrival(page);
      expect(rest).toBeGreaterThan(0);
      expect(painted, 'first paint before the rest of the page arrived').toBeLessThan(rest!);
      // Nothing the first paint showed is missing: the first answer after it starts below the screen.
      const below = await page.evaluate(
        (id) => document.getElementById(id)!.nextElementSibling!.getBoundingClientRect().top,
        divider,
      );
      expect(below).toBeGreaterThanOrEqual(height);
      expect(await layoutShifts(page)).toEqual([]);
    });
  }

  test('a link to an answer further down paints first where it lands, not at the top', async ({ page }) => {
    const anchors = [...html.slice(html.indexOf(`<link id="${divider}"`)).matchAll(/data-faq-entry="([^"]+)"/g)];
    const anchor = anchors.at(-1)![1]!;
    const { painted, target } = await arrival(page, `#${anchor}`);
    expect(target).toBeGreaterThan(0);
    expect(painted, 'first paint after the answer linked to had arrived').toBeGreaterThan(target!);
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });
});
