import { orderLineExamples } from '../../src/lib/order-lines/examples.ts';
import { expect, hydrated, test } from './test-utils.ts';

// The discount answer's validator under the embed contract: once the reader changes it, its root
// carries data-tool-changed, data-tool-verdict and data-tool-href, and "Copy answer" adds both.
test('the discount answer copies a link that reopens its validator with another example loaded', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('faq/#when-i-add-discount-in-hosted-flow');
  const answer = page.locator('[data-faq-entry="when-i-add-discount-in-hosted-flow"]');
  const embed = answer.locator('[data-tool-embed]');
  await hydrated(embed);
  await expect(embed).not.toHaveAttribute('data-tool-changed', /.*/);
  // Load another example than the one the embed opens with.
  const example = orderLineExamples.find((e) => e.id !== 'hosted-discount');
  if (!example) throw new Error('the data has a second example');
  await embed.getByRole('button', { name: example.label, exact: true }).click();
  await expect(embed).toHaveAttribute('data-tool-changed', '');
  const verdict = (await embed.getAttribute('data-tool-verdict')) ?? '';
  const shownVerdict = await embed.locator('[data-verdict]').getAttribute('data-verdict');
  expect(verdict).not.toBe('');
  await answer.getByRole('button', { name: 'Copy answer', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(verdict);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('When I add DISCOUNT in hosted flow');
  expect(copied).toContain(verdict);
  const link = /https?:\/\/\S+\/tools\/order-lines\/\?\S+/.exec(copied)?.[0];
  expect(link, 'the copy holds a /tools/order-lines/?… link').toBeTruthy();
  // The built site's address may differ from the server under test: open the same path here.
  const copiedUrl = new URL(link ?? '');
  await page.goto(`${baseURL}${copiedUrl.pathname.replace(/^\//, '')}${copiedUrl.search}`);
  const tool = page.locator('[data-order-lines="full"]');
  await hydrated(tool);
  await expect(tool.locator('[data-verdict]')).toHaveAttribute('data-verdict', shownVerdict ?? '');
  await expect(tool.locator('[data-verdict]')).toContainText(verdict);
});
