import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, layoutShifts, recordLayoutShifts, scriptsReady, test } from './test-utils.ts';

// A slow device paints the part of a page it has parsed so far, and what arrives next must not move
// it. Here /faq/ arrives in pieces, 300 ms apart, cut where a piece that arrives late would move
// what is already on screen: within the brand, within the links, between the header's two buttons,
// and within an answer's Copy link. src/layouts/BaseLayout.astro holds the first paint until the
// page is parsed (rel=expect); global.css keeps the header still where a browser ignores that.

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
  test('the built page holds its first paint until it is parsed', () => {
    expect(html).toMatch(expectLink);
    const target = /href="#([^"]+)"/.exec(expectLink.exec(html)![0])![1];
    // The element it waits for comes after the page's content.
    expect(html.indexOf(`id="${target}"`)).toBeGreaterThan(html.lastIndexOf('</main>'));
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
});
