import type { Page } from '@playwright/test';
import { permalinkLabel, toolLabels } from '../../src/lib/faq/answer-copy.ts';
import { resolveSiteUrl } from '../../src/lib/site/site-url.ts';
import { faqEntries } from './faq-entries.ts';
import { expect, expectNoAxeViolations, fakeChangedTool, readClipboard, test } from './test-utils.ts';

// "Copy answer" on every question: the copy is the answer's .md file (one renderer), plus a
// changed tool's verdict and link (the data-tool-* contract, simulated here on a plain element).

const basePath = process.env.BASE_PATH ?? '/';
const resolved = resolveSiteUrl(process.env);
/** The site address the build wrote into every absolute link. */
const site = `${resolved.ok ? resolved.value : ''}${basePath}`;

const copyButton = (page: Page, anchor: string) =>
  page.locator(`[data-faq-entry="${anchor}"]`).getByRole('button', { name: 'Copy answer', exact: true });

test.describe('copy answer', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('every question has a Copy answer button, described by its question', async ({ page }) => {
    await page.goto('faq/');
    await expect(page.getByRole('button', { name: 'Copy answer', exact: true })).toHaveCount(faqEntries.length);
    for (const entry of faqEntries) {
      await expect(copyButton(page, entry.anchor)).toHaveAccessibleDescription(entry.title);
    }
  });

  for (const anchor of [
    'do-we-support-ipv6',
    'how-do-i-configure-my-firewall-network',
    'slow-callbacks-in-magento-2',
  ]) {
    test(`copies ${anchor}: question, answer and permanent link, as in its .md file`, async ({ page, request }) => {
      const entry = faqEntries.find((e) => e.anchor === anchor)!;
      const markdown = await (await request.get(`faq/${anchor}.md`)).text();
      await page.goto('faq/');
      await copyButton(page, anchor).click();
      await expect(page.locator('#site-status')).toHaveText('Answer copied to the clipboard.');
      const { text, html } = await readClipboard(page);
      expect(text).toBe(markdown);
      expect(text.startsWith(`# ${entry.title}\n`)).toBe(true);
      expect(text).toContain(`${permalinkLabel} ${site}faq/#${anchor}`);
      // The rich copy: the page's own text, no widgets or scripts, every link absolute.
      expect(html).toContain(entry.title.replace(/&/g, '&amp;'));
      expect(html).not.toMatch(/<(?:script|astro-island|button|svg|style)\b/i);
      expect(html).not.toMatch(/\s(?:class|id|on\w+)=/i);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
      expect(html).toContain(`href="${site}faq/#${anchor}"`);
    });
  }

  test('works from the keyboard and says so in the live region', async ({ page }) => {
    await page.goto('faq/');
    const button = copyButton(page, 'are-you-using-ngrok');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#site-status')).toHaveText('Answer copied to the clipboard.');
    await expect(button).toContainText('Copied!');
    expect((await readClipboard(page)).text).toContain('# Are you using ngrok?');
  });

  test("adds a changed tool's verdict and its full-tool link", async ({ page }) => {
    await page.goto('faq/');
    await fakeChangedTool(
      page,
      'when-i-add-discount-in-hosted-flow',
      '2 of 3 lines\nrejected',
      '/tools/order-lines/?x=1',
    );
    await copyButton(page, 'when-i-add-discount-in-hosted-flow').click();
    await expect(page.locator('#site-status')).toHaveText('Answer and tool result copied to the clipboard.');
    const { text, html } = await readClipboard(page);
    expect(text).toContain(`\n${toolLabels.verdict} 2 of 3 lines rejected\n`);
    expect(text).toContain(`${toolLabels.link} ${new URL('/tools/order-lines/?x=1', site).toString()}`);
    expect(html).toContain('2 of 3 lines rejected');
  });

  for (const [name, href] of [
    ['a javascript: link', 'javascript:alert(1)'],
    ['a link to another host', 'https://evil.example/tools/order-lines/'],
  ] as const) {
    test(`leaves out a tool result with ${name}, and says why`, async ({ page }) => {
      await page.goto('faq/');
      await fakeChangedTool(page, 'when-i-add-discount-in-hosted-flow', '<img src=x onerror=alert(1)>', href);
      await copyButton(page, 'when-i-add-discount-in-hosted-flow').click();
      await expect(page.locator('#site-status')).toContainText("Answer copied, without the tool's result");
      const { text, html } = await readClipboard(page);
      expect(text).not.toContain(toolLabels.verdict);
      expect(text).not.toContain(href);
      expect(html).not.toContain('onerror');
    });
  }

  test('escapes a hostile verdict in the rich copy', async ({ page }) => {
    await page.goto('faq/');
    await fakeChangedTool(
      page,
      'when-i-add-discount-in-hosted-flow',
      '<img src=x onerror=alert(1)>',
      '/tools/order-lines/',
    );
    await copyButton(page, 'when-i-add-discount-in-hosted-flow').click();
    await expect(page.locator('#site-status')).toHaveText('Answer and tool result copied to the clipboard.');
    const { html } = await readClipboard(page);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});

test('shows the answer selected for manual copying where the clipboard is refused', async ({ page, request }) => {
  await page.addInitScript(() => {
    const deny = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: deny, write: deny } });
  });
  const markdown = await (await request.get('faq/limitforms.md')).text();
  await page.goto('faq/');
  await copyButton(page, 'limitforms').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Answer to copy' });
  await expect(field).toHaveValue(markdown);
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(markdown.length);
  await expectNoAxeViolations(page, 'the copy-answer fallback dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('when the answer cannot be loaded', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('says so in the live region instead of copying nothing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.route('**/faq/limitforms.md', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('faq/');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await copyButton(page, 'limitforms').click();
    await expect(page.locator('#site-status')).toHaveText(
      'The answer could not be loaded. Check your connection and try again.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('without JavaScript the button, which could do nothing, is not shown', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}faq/`);
  await expect(page.getByRole('button', { name: 'Copy answer' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Copy link to “Are you using ngrok?”' })).toBeVisible();
  await context.close();
});
