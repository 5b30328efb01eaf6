import { expect, test } from './test-utils.ts';

// The discount answer's validator under the embed contract: once the reader changes it, its root
// carries data-tool-changed, data-tool-verdict and data-tool-href, and "Copy answer" adds both.
// FIXME: waits for the embed contract (the other engineer adds data-tool-* to every embedded tool
// and enables this test at merge). Until then the validator sets none of the attributes.
test.fixme('the discount answer copies a link that reopens its validator with the example loaded', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('faq/#when-i-add-discount-in-hosted-flow');
  const answer = page.locator('[data-faq-entry="when-i-add-discount-in-hosted-flow"]');
  const embed = answer.locator('[data-tool-embed]');
  await expect(embed).toBeVisible();
  // Load another example into the validator (the embed's example picker).
  const picker = embed.getByRole('combobox').first();
  const options = await picker.locator('option').allTextContents();
  await picker.selectOption({ index: Math.min(1, options.length - 1) });
  await expect(embed).toHaveAttribute('data-tool-changed', /.*/);
  const verdict = (await embed.getAttribute('data-tool-verdict')) ?? '';
  await answer.getByRole('button', { name: 'Copy answer', exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(verdict);
  const link = /https?:\/\/\S+\/tools\/order-lines\/\?\S+/.exec(copied)?.[0];
  expect(link, 'the copy holds a /tools/order-lines/?… link').toBeTruthy();
  // The built site's address may differ from the server under test: open the same path here.
  const copiedUrl = new URL(link ?? '');
  await page.goto(`${baseURL}${copiedUrl.pathname.replace(/^\//, '')}${copiedUrl.search}`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: verdict.slice(0, 40) })
      .first(),
  ).toBeVisible();
});
