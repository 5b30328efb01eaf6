import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scriptsReady, test, useColorScheme } from './test-utils.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the FAQ' });
const dialogField = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the FAQ' });
const options = (page: Page) => dialog(page).getByRole('option');

/** Opens the search dialog with `/` and waits until it answers a query. */
async function searchInDialog(page: Page, query: string) {
  await scriptsReady(page);
  await page.keyboard.press('/');
  await expect(dialogField(page)).toBeFocused();
  await page.keyboard.type(query);
  await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
}

test.describe('the search dialog', () => {
  test('what is typed before the search box has arrived is kept, and searched', async ({ page }) => {
    // The search box is fetched when the dialog first opens; hold it back as a slow network would.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/SearchBox\.[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('faq/');
    await scriptsReady(page);
    await page.keyboard.press('/');
    const field = dialog(page).getByRole('searchbox', { name: 'Search the FAQ' });
    await expect(field).toBeFocused();
    await page.keyboard.type('ngrok blocked');
    await expect(field).toHaveValue('ngrok blocked');
    release();
    await expect(dialogField(page)).toBeFocused();
    await expect(dialogField(page)).toHaveValue('ngrok blocked');
    await expect(dialog(page).getByRole('status')).toContainText('for “ngrok blocked”');
    // The reader goes on typing where the caret was.
    await page.keyboard.type(' firewall');
    await expect(dialogField(page)).toHaveValue('ngrok blocked firewall');
  });

  test('opens with / from the page, and Esc closes it and gives focus back', async ({ page }) => {
    await page.goto('faq/');
    const tocLink = page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Are you using ngrok?' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await tocLink.focus();
    await searchInDialog(page, 'ngrok');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(tocLink).toBeFocused();
  });

  test('opens with Ctrl+K and Meta+K, even from a text field, where / stays a character', async ({ page }) => {
    await page.goto('');
    await scriptsReady(page);
    const homeField = page.getByRole('main').getByRole('searchbox', { name: 'Search the FAQ' });
    await homeField.focus();
    await page.keyboard.press('/');
    await expect(homeField).toHaveValue('/');
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialogField(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(homeField).toBeFocused();
    await page.keyboard.press('Meta+k');
    await expect(dialogField(page)).toBeFocused();
  });

  test('shows a correction there too, and its link corrects the query in place', async ({ page }) => {
    await page.goto('faq/');
    await searchInDialog(page, 'calbacks');
    const notice = dialog(page).locator('.search__correction');
    await expect(notice).toHaveText('Showing results for callbacks. Search instead for calbacks.');
    await notice.getByRole('link', { name: 'calbacks' }).click();
    await expect(notice).toHaveText('Showing results for calbacks as typed. Did you mean callbacks?');
    await expect(dialogField(page)).toBeFocused();
    await expect(page).toHaveURL(/\/faq\/$/);
  });

  test('the header button opens it, and a click on the backdrop closes it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('tools/');
    const button = page.getByRole('button', { name: 'Search' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    await button.click();
    await expect(dialogField(page)).toBeFocused();
    await page.mouse.click(10, 890);
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('arrow keys move through the results and Enter opens the chosen answer, highlighted', async ({ page }) => {
    await page.goto('');
    await searchInDialog(page, 'ngrok tunnel');
    const field = dialogField(page);
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(options(page).nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await options(page).nth(0).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(0)).toHaveAccessibleName(/^Are you using ngrok\?/);
    await page.keyboard.press('Enter');

    // The answer: scrolled into view, its matched words marked, the address clean for copying.
    await expect(page).toHaveURL(/\/faq\/#are-you-using-ngrok$/);
    const heading = page.getByRole('heading', { name: 'Are you using ngrok?' });
    await expect(heading).toBeInViewport();
    const answer = page.locator('[data-faq-entry="are-you-using-ngrok"]');
    await expect(
      answer
        .locator('mark.search-hit-mark')
        .filter({ hasText: /^ngrok$/i })
        .first(),
    ).toBeInViewport();
    await expect(answer.locator('mark.search-hit-mark').filter({ hasText: /^tunnel$/i })).toHaveCount(1);
    await expect(page.locator('[data-faq-entry="are-you-using-a-proxy"] mark.search-hit-mark')).toHaveCount(0);
  });

  test('in the dialog, Enter without a choice opens the first answer', async ({ page }) => {
    await page.goto('tools/');
    await searchInDialog(page, 'rabatt moms');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/faq\/#when-i-add-discount-in-hosted-flow$/);
  });

  test('each result shows the question, its section and an excerpt with the matched words marked', async ({ page }) => {
    await page.goto('');
    await searchInDialog(page, 'expired certificate');
    const first = options(page).first();
    await expect(first.locator('.search-hit__title')).toHaveText('Where and what about SSL');
    await expect(first.locator('.search-hit__section')).toHaveText('FAQ · The jungle of SSL');
    await expect(first.locator('.search-hit__excerpt mark').first()).toHaveText(/^(expired|certificates?)[.,]?$/i);
    await expect(first).toHaveAttribute('href', /\?highlight=[^#]+#where-and-what-about-ssl$/);
  });

  test('a synonym found only in the hidden keywords is shown as such', async ({ page }) => {
    await page.goto('');
    await searchInDialog(page, 'whitelist');
    const first = options(page).first();
    await expect(first).toHaveAccessibleName(/^How do I configure my firewall\/network\?/);
    await expect(first.locator('.search-hit__synonyms')).toHaveText('Also searched as: whitelist');
  });

  test('every result is one answer, linked by its anchor, and no answer appears twice', async ({ page }) => {
    await page.goto('search/?q=callback');
    const links = page.locator('#search-page-results [role="option"]');
    await expect(links.nth(5)).toBeVisible();
    const hrefs = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href)));
    const targets = hrefs.map((url) => `${url.pathname}${url.hash}`);
    expect(new Set(targets).size).toBe(targets.length);
    for (const url of hrefs) {
      if (url.pathname.endsWith('/faq/')) expect(url.hash, `${url}`).toMatch(/^#[a-z0-9-]+$/);
      else expect(url.pathname, `${url}`).toMatch(/\/tools\/[a-z-]+\/$/);
    }
  });

  test('on a phone it fills the screen and has a Close button', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('faq/');
    const trigger = page.getByRole('button', { name: 'Search' });
    await expect(trigger).toBeVisible();
    // On a phone the header button is an icon: no label, no key hint.
    await expect(trigger.locator('.search-trigger__key')).toBeHidden();
    await expect(trigger.locator('.search-trigger__label')).toHaveCSS('position', 'absolute');
    await trigger.click();
    await expect(dialogField(page)).toBeFocused();
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBe(360);
    await dialog(page).getByRole('button', { name: 'Close search' }).click();
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('the /search/ page', () => {
  test('is linkable: ?q= runs the search, and typing keeps the query in the URL', async ({ page }) => {
    await page.goto('search/?q=discount');
    const field = page.getByRole('main').getByRole('combobox', { name: 'Search the FAQ' });
    await expect(field).toHaveValue('discount');
    await expect(page.getByRole('main').getByRole('option').first()).toHaveAccessibleName(/DISCOUNT in hosted flow/);
    await field.press('End');
    await field.pressSequentially(' moms');
    await expect(page).toHaveURL(/\/search\/\?q=discount\+moms$/);
    await expect(page.locator('#search-page-status')).toHaveText(/answers? for “discount moms”/);
    await field.fill('');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('main').getByRole('button', { name: 'callbacks not arriving' })).toBeVisible();
  });

  test('corrects a misspelled word, says so with links, and searches as typed on request', async ({ page }) => {
    await page.goto('search/?q=firwall%20rules');
    const main = page.getByRole('main');
    const field = main.getByRole('combobox', { name: 'Search the FAQ' });
    const notice = main.locator('.search__correction');
    const status = page.locator('#search-page-status');
    await expect(notice).toHaveText('Showing results for firewall rules. Search instead for firwall rules.');
    await expect(status).toHaveText(/answers? for “firwall rules”, showing results for “firewall rules”/);
    await expect(main.getByRole('option').first()).toHaveAccessibleName(/^How do I configure my firewall/);
    // Both are real links, so they open in a new tab and can be sent.
    const corrected = notice.getByRole('link', { name: 'firewall rules' });
    const asTyped = notice.getByRole('link', { name: 'firwall rules' });
    await expect(corrected).toHaveAttribute('href', /\/search\/\?q=firewall%20rules$/);
    await expect(asTyped).toHaveAttribute('href', /\/search\/\?q=firwall%20rules&literal=1$/);

    // Reversible: the words as typed, with the correction still offered.
    await asTyped.click();
    await expect(page).toHaveURL(/\/search\/\?q=firwall\+rules&literal=1$/);
    await expect(notice).toHaveText('Showing results for firwall rules as typed. Did you mean firewall rules?');
    await expect(status).not.toContainText('showing results for');
    await notice.getByRole('link', { name: 'firewall rules' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=firewall\+rules$/);
    await expect(field).toHaveValue('firewall rules');
    await expect(field).toBeFocused();
    await expect(status).toHaveText(/answers? for “firewall rules”\.$/);
    await expect(notice).toBeHidden();

    // A link with literal=1 opens as typed; typing again corrects again.
    await page.goto('search/?q=firwall&literal=1');
    await expect(notice).toHaveText('Showing results for firwall as typed. Did you mean firewall?');
    await field.fill('ngork');
    await expect(page).toHaveURL(/\/search\/\?q=ngork$/);
    await expect(notice).toHaveText('Showing results for ngrok. Search instead for ngork.');
  });

  test('a word the index has is never corrected', async ({ page }) => {
    await page.goto('search/?q=ngrok%20tunnel');
    await expect(page.locator('#search-page-status')).toHaveText(/answers? for “ngrok tunnel”\.$/);
    await expect(page.getByRole('main').locator('.search__correction')).toHaveCount(0);
  });

  test('a pasted error message finds the answer that explains it', async ({ page }) => {
    const pasted = 'Error: getaddrinfo ENOTFOUND shop.local at GetAddrInfoReqWrap.onlookup (node:dns:120:26)';
    await page.goto(`search/?q=${encodeURIComponent(pasted)}`);
    await expect(page.getByRole('main').getByRole('option').first()).toHaveAccessibleName(/^Local networks \/ Hosts/);
    // A paste is reduced, not corrected.
    await expect(page.getByRole('main').locator('.search__correction')).toHaveCount(0);
  });

  test('/ and Ctrl+K focus the page field instead of opening the dialog', async ({ page }) => {
    await page.goto('search/');
    await scriptsReady(page);
    const field = page.getByRole('main').getByRole('combobox', { name: 'Search the FAQ' });
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+k');
    await expect(field).toBeFocused();
    await expect(dialog(page)).toBeHidden();
  });

  test('a search that finds nothing says so, suggests what to try and links to the full FAQ', async ({ page }) => {
    await page.goto('search/?q=xyzzy%20plugh');
    const main = page.getByRole('main');
    await expect(main.getByText('No answer matches “xyzzy plugh”.')).toBeVisible();
    await expect(main.getByText(/another word for the same thing/)).toBeVisible();
    await expect(main.getByRole('link', { name: 'Browse the complete FAQ' })).toHaveAttribute('href', /\/faq\/$/);
    await expect(main.getByRole('link', { name: 'Contact Resurs' })).toHaveAttribute(
      'href',
      /#missing-a-question-contact-us$/,
    );
    await main.getByRole('button', { name: 'discount rejected' }).click();
    await expect(main.getByRole('combobox', { name: 'Search the FAQ' })).toBeFocused();
    await expect(main.getByRole('combobox', { name: 'Search the FAQ' })).toHaveValue('discount rejected');
    await expect(main.getByRole('option').first()).toHaveAccessibleName(/DISCOUNT in hosted flow/);
    await expect(page).toHaveURL(/\?q=discount\+rejected$/);
  });

  for (const [label, query] of [
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['control characters', 'call\u0000back\u202Es'],
    ['a huge query', 'callback '.repeat(400)],
  ] as const) {
    test(`untrusted ?q= (${label}) is shown as text and never breaks the page`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        return d.dismiss();
      });
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      const field = page.getByRole('main').getByRole('combobox', { name: 'Search the FAQ' });
      await expect(page.locator('#search-page-status')).not.toHaveText(/^$|Searching/);
      expect((await field.inputValue()).length).toBeLessThanOrEqual(200);
      expect(new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeLessThanOrEqual(200);
      await expect(page.locator('main img[src="x"]')).toHaveCount(0);
      expect(dialogs).toBe(0);
    });
  }

  test('the copy-link button copies the URL of this search', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('search/?q=ngrok');
    await page.getByRole('button', { name: 'Copy link to this search' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/search\/\?q=ngrok$/);
  });
});

test.describe('arriving with ?highlight=', () => {
  test('marks only the linked answer, ignores markup and strips the parameter', async ({ page }) => {
    await page.goto('faq/?highlight=VAT+%3Cb%3E+discount#when-i-add-discount-in-hosted-flow');
    const answer = page.locator('[data-faq-entry="when-i-add-discount-in-hosted-flow"]');
    await expect(answer.locator('mark.search-hit-mark').first()).toBeVisible();
    await expect(answer.locator('mark.search-hit-mark', { hasText: /^<b>$/ })).toHaveCount(0);
    // Nothing inside the answer's tool (its placeholder is replaced when the tool mounts).
    await expect(answer.locator('[data-embed] mark.search-hit-mark')).toHaveCount(0);
    await expect(page.locator('main mark.search-hit-mark')).toHaveCount(
      await answer.locator('mark.search-hit-mark').count(),
    );
    await expect(page).toHaveURL(/\/faq\/#when-i-add-discount-in-hosted-flow$/);
    await expect(page.getByRole('heading', { name: /DISCOUNT in hosted flow/ })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search entry degrades to an honest link to the full FAQ, never a dead box', async ({ page }) => {
    // Playwright's text matching skips <noscript>, so the fallback is found by its class.
    await page.goto('');
    const main = page.getByRole('main');
    await expect(main.getByRole('searchbox')).toBeHidden();
    const fallback = main.locator('.search-fallback');
    await expect(fallback).toBeVisible();
    expect(await fallback.evaluate((el) => el.textContent)).toMatch(/^Search needs JavaScript/);
    await expect(fallback.locator('a')).toHaveAttribute('href', /\/faq\/$/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: 'FAQ', exact: true })).toBeVisible();

    await page.goto('search/?q=firwall&literal=1');
    await expect(page.getByRole('main').getByRole('combobox')).toBeHidden();
    expect(await page.locator('main .search-fallback').evaluate((el) => el.textContent)).toMatch(
      /^Search needs JavaScript/,
    );
    await page.goto('search/');
    await expect(page.getByRole('main').getByRole('combobox')).toBeHidden();
    await expect(page.locator('main .search-fallback')).toBeVisible();
    await expect(page.locator('main .search-fallback a[href$="/faq/#are-you-using-ngrok"]')).toBeVisible();
  });
});

test.describe('accessibility with results on screen', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the open dialog with results (${scheme})`, async ({ page }) => {
      await useColorScheme(page, scheme);
      await page.goto('faq/');
      await searchInDialog(page, 'whitelist firewall');
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page, `search dialog (${scheme})`);
    });

    test(`axe finds nothing on /search/ with results and with none (${scheme})`, async ({ page }) => {
      await useColorScheme(page, scheme);
      await page.goto('search/?q=callbacks%20not%20arriving');
      await expect(page.getByRole('main').getByRole('option').first()).toBeVisible();
      await expectNoAxeViolations(page, `/search/ results (${scheme})`);
      await page.goto('search/?q=firwall');
      await expect(page.getByRole('main').locator('.search__correction')).toBeVisible();
      await expectNoAxeViolations(page, `/search/ with a correction (${scheme})`);
      await page.goto('search/?q=xyzzy');
      await expect(page.getByRole('main').getByText('No answer matches')).toBeVisible();
      await expectNoAxeViolations(page, `/search/ no results (${scheme})`);
    });
  }
});
