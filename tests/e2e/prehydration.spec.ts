import type { Page } from '@playwright/test';
import { expect, holdIslandScripts, hydrateAllIslands, test } from './test-utils.ts';

/*
 * Nothing a person types is lost to hydration. With the islands' scripts held back (a phone on a
 * slow network), every field, select, radio group and checkbox of every tool is changed the way a
 * person would change it; then the scripts arrive, every tool hydrates, and each field must still
 * show what was typed or picked (and the tool's verdict must be computed from it, which the
 * per-tool tests check). The fields are found on the page, not listed here, so a new field is
 * covered the day it is added.
 */

/** One changed field: how to find it again, and what it must show. */
interface Filled {
  /** Index of the field's tool among the page's `[data-tool]` roots, and a selector inside it. */
  tool: number;
  selector: string;
  /** Its `data-state` name ('' if it has none: then it cannot be adopted, and the test fails). */
  key: string;
  kind: 'text' | 'checkbox' | 'radio' | 'select';
  value: string;
  checked: boolean;
}

/**
 * Changes every visible, enabled field inside the tools (islands other than search) and returns
 * what each must show. `skip` is a selector of fields to leave alone (for a pass that fills a
 * field which replaces others, such as the order-line paste box, which rewrites the table), `only`
 * one of the fields to change ('' for all).
 */
async function fillEveryField(page: Page, skip: string, only: string): Promise<Filled[]> {
  return page.evaluate(
    ([skipSelector, onlySelector]) => {
      // A person can open a closed <details> without JavaScript: do so, to reach the fields inside.
      for (const details of document.querySelectorAll<HTMLDetailsElement>('astro-island details')) details.open = true;
      const fields = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
          'astro-island:not([component-url*="SearchBox"]) :is(input, textarea, select)',
        ),
      ].filter(
        (el) =>
          el.getClientRects().length > 0 &&
          !el.disabled &&
          !(el instanceof HTMLInputElement && ['hidden', 'button', 'submit'].includes(el.type)) &&
          !(el instanceof HTMLSelectElement ? false : el.readOnly) &&
          !(skipSelector && el.matches(skipSelector)) &&
          (!onlySelector || el.matches(onlySelector)),
      );
      const tools = [...document.querySelectorAll('[data-tool]')];
      const where = (el: HTMLElement) => ({
        tool: tools.findIndex((t) => t.contains(el)),
        selector: selectorOf(el),
        key: el.dataset.state ?? '',
      });
      const selectorOf = (el: HTMLElement) => {
        if (el instanceof HTMLInputElement && el.type === 'radio')
          return `input[name="${el.name}"][value="${el.value}"]`;
        if (el.id) return `#${CSS.escape(el.id)}`;
        if (el.dataset.state) return `[data-state="${el.dataset.state}"]`;
        const label = el.getAttribute('aria-label');
        if (label) return `${el.tagName.toLowerCase()}[aria-label="${label}"]`;
        throw new Error(`field without id, name or label: ${el.outerHTML.slice(0, 120)}`);
      };
      const filled: Filled[] = [];
      const doneGroups = new Set<string>();
      for (const el of fields) {
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          if (doneGroups.has(el.name)) continue;
          doneGroups.add(el.name);
          const group = fields.filter(
            (other): other is HTMLInputElement => other instanceof HTMLInputElement && other.name === el.name,
          );
          const pick = [...group].reverse().find((radio) => !radio.checked);
          if (!pick) continue;
          pick.click();
          filled.push({ ...where(pick), kind: 'radio', value: pick.value, checked: true });
        } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
          el.click();
          filled.push({ ...where(el), kind: 'checkbox', value: '', checked: el.checked });
        } else if (el instanceof HTMLSelectElement) {
          const other = [...el.options].find((o) => o.value !== el.value && !o.disabled);
          if (!other) continue;
          el.value = other.value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          filled.push({ ...where(el), kind: 'select', value: other.value, checked: false });
        } else {
          // Appending a digit keeps a template's placeholders and a number a number.
          el.value = `${el.value}7`;
          el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '7' }));
          filled.push({ ...where(el), kind: 'text', value: el.value, checked: false });
        }
      }
      return filled;
    },
    [skip, only] as const,
  );
}

/*
 * Fields inside a tool's output (the choice between two corrections) depend on the input: a pass
 * that changes the input may rightly remove them, so they get a pass of their own.
 */
const output = '[data-tool-output] *';
const cells = '[data-state^="cell:"], [data-state^="total:"]';
const cases = [
  { path: 'tools/allowlist/', skip: output, only: '' },
  { path: 'tools/order-lines/', skip: `[data-state="paste"], ${output}`, only: '' },
  { path: 'tools/order-lines/', skip: `${cells}, ${output}`, only: '' },
  { path: 'tools/magento-email/', skip: output, only: '' },
  { path: 'tools/callbacks/', skip: output, only: '' },
];
// /faq/'s tools have no fields before their scripts: they arrive whole when the reader gets near
// them (tests/e2e/faq-embeds.spec.ts), so there is nothing to type into early.

test.describe('input typed before the scripts arrive', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const { path, skip, only } of cases) {
    const which = only ? ` (only ${only})` : skip ? ` (leaving ${skip} alone)` : '';
    test(`survives hydration on /${path}${which}`, async ({ page }) => {
      const release = await holdIslandScripts(page);
      await page.goto(path);
      const filled = await fillEveryField(page, skip, only);
      expect(filled.length, 'fields changed').toBeGreaterThan(0);
      // Until the scripts arrive, no tool shows a verdict for input it has not seen.
      const stale = await page
        .locator('[data-tool][data-edited] [data-tool-output]')
        .evaluateAll((outputs) => outputs.filter((o) => o.getClientRects().length > 0).length);
      expect(stale, 'server-rendered verdicts left visible after edits').toBe(0);
      release();
      await hydrateAllIslands(page);
      /*
       * Each field shows what was typed. A field may be gone only where the choices made beside it
       * rightly hide it (a sending limit in synchronous mode): then its value must still be in the
       * tool's state, which its link shows (the page URL, or an embed's "Open in the full tool").
       */
      const shown = await page.evaluate(
        (fields) =>
          fields.map(({ tool, selector, kind, key, value }) => {
            const root = document.querySelectorAll('[data-tool]')[tool];
            const el = root?.querySelector<HTMLInputElement>(selector);
            if (el) return { selector, key, value: kind === 'checkbox' ? '' : el.value, checked: el.checked };
            const link = root?.querySelector<HTMLAnchorElement>('a.button[href*="/tools/"]')?.href ?? location.href;
            const kept = new URL(link, location.href).searchParams.get(key) === value;
            return { selector, key, value: kept ? value : '(gone, and not in the link)', checked: kind !== 'text' };
          }),
        filled,
      );
      const expected = filled.map(({ selector, key, kind, value, checked }, i) => ({
        selector,
        key: key || '(a data-state name)',
        value,
        checked: kind === 'checkbox' || kind === 'radio' ? checked : shown[i]?.checked,
      }));
      expect(shown).toEqual(expected);
      console.log(`/${path}: ${filled.length} fields kept through hydration`);
    });
  }
});

const toolPages = ['tools/allowlist/', 'tools/order-lines/', 'tools/magento-email/', 'tools/callbacks/'];

test.describe('before and without JavaScript, a tool says so', () => {
  for (const path of toolPages) {
    test(`every tool on /${path} says it needs JavaScript when scripts are off`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const tools = page.locator('[data-tool]:not(search *)');
      const count = await tools.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const note = tools.nth(i).locator('.tool-pending__nojs');
        await note.scrollIntoViewIfNeeded();
        await expect(note).toBeVisible();
        await expect(note).toContainText('This tool needs JavaScript.');
        // The example's sentence is for readers whose scripts are merely late.
        await expect(tools.nth(i).locator('.tool-pending__example')).toBeHidden();
      }
      await context.close();
    });
  }

  test('a server-rendered verdict is labelled as the example’s until the tool hydrates', async ({ page }) => {
    await holdIslandScripts(page);
    await page.goto('tools/order-lines/');
    const tool = page.locator('[data-order-lines="full"]');
    await expect(tool.locator('.tool-pending__example')).toHaveText(
      'Example verdict for the example lines shown first.',
    );
    await expect(tool.locator('[data-verdict]')).toBeVisible();
    await expect(tool.locator('.tool-pending__nojs')).toBeHidden();
  });

  test('after an edit, the stale verdict is hidden; a script that never loads is named', async ({ page }) => {
    await page.clock.install();
    await holdIslandScripts(page);
    await page.goto('tools/order-lines/');
    const tool = page.locator('[data-order-lines="full"]');
    await tool.getByRole('textbox', { name: 'Paste order lines (JSON or XML)' }).fill('[]');
    await expect(tool).toHaveAttribute('data-edited', '');
    await expect(tool.locator('[data-verdict]')).toBeHidden();
    await expect(tool.locator('.tool-pending__edited')).toBeVisible();
    await page.clock.fastForward(11_000);
    await expect(tool.locator('.tool-pending__failed')).toBeVisible();
    await expect(tool.locator('.tool-pending__edited')).toBeHidden();
    // What was typed is still there.
    await expect(tool.getByRole('textbox', { name: 'Paste order lines (JSON or XML)' })).toHaveValue('[]');
  });
});
