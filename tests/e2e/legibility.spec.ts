import type { Page } from '@playwright/test';
import { sitePages } from '../../src/data/pages.ts';
import { expect, hydrateAllIslands, test } from './test-utils.ts';

// No visible text on any page is rendered under 12 px on a phone (issue 15, part 2; Lighthouse's
// "legible font sizes" audit uses the same 12 px line). The size is the one on the screen: for
// HTML, the computed font-size times any CSS transform scale; for SVG text, the font-size times
// the scale of the element's screen transform (a viewBox drawn smaller shrinks its text).

/** The smallest rendered text size a reader on a phone gets, in CSS px. */
const minimumPx = 12;
const phoneWidths = [375, 390, 412];

interface SmallText {
  selector: string;
  text: string;
  px: number;
}

/** Scrolls through the page a screen at a time, so tools that load when scrolled near arrive. */
async function loadEveryTool(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = Math.round((page.viewportSize()?.height ?? 800) * 0.75);
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
  await hydrateAllIslands(page);
  await page.waitForLoadState('networkidle');
}

/** Every visible text run on the page rendered under `min` px: where it is, what it says, its size. */
function findSmallText(min: number): SmallText[] {
  const selectorOf = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 3 && e !== document.body; e = e.parentElement) {
      const id = e.id ? `#${e.id}` : '';
      const classes = [...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      parts.unshift(`${e.tagName.toLowerCase()}${id}${classes}`);
      if (id) break;
    }
    return parts.join(' > ');
  };
  // Screen-reader-only helpers: clipped to nothing, or a 1 px box that hides its overflow.
  const isClippedAway = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (/rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip) || style.clipPath === 'inset(50%)') return true;
      if (e instanceof HTMLElement && style.overflow !== 'visible' && e.offsetWidth <= 1 && e.offsetHeight <= 1)
        return true;
    }
    return false;
  };
  // Text in a closed <details> (other than its summary) is not shown.
  const inClosedDetails = (el: Element): boolean => {
    const details = el.closest('details:not([open])');
    return details !== null && !el.closest('summary');
  };
  const renderedSize = (el: Element): number => {
    const size = Number.parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      return m ? size * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : size;
    }
    // The scale of every CSS transform on the way up.
    let scale = 1;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const transform = getComputedStyle(e).transform;
      if (transform === 'none') continue;
      const m = new DOMMatrixReadOnly(transform);
      scale *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    }
    return size * scale;
  };

  const found = new Map<Element, SmallText>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || found.has(el) || el.closest('script, style, noscript, template')) continue;
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue;
    if (inClosedDetails(el) || isClippedAway(el)) continue;
    const px = renderedSize(el);
    if (px < min - 0.005)
      found.set(el, { selector: selectorOf(el), text: text.slice(0, 50), px: Math.round(px * 100) / 100 });
  }
  return [...found.values()];
}

for (const path of sitePages) {
  for (const width of phoneWidths) {
    test(`no visible text under ${minimumPx} px on ${path} at ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path.slice(1));
      await loadEveryTool(page);
      const small = await page.evaluate(findSmallText, minimumPx);
      // What a reader opens must be readable too: open every disclosure and look again.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const seen = new Set(small.map((s) => `${s.selector}|${s.text}`));
      small.push(
        ...(await page.evaluate(findSmallText, minimumPx)).filter((s) => !seen.has(`${s.selector}|${s.text}`)),
      );
      const lines = small.map((s) => `${s.px} px  ${s.selector}  "${s.text}"`);
      expect(lines, `text under ${minimumPx} px on ${path} at ${width} px (${small.length})`).toEqual([]);
    });
  }
}
