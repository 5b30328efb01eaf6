/*
 * The digest diagnoser and the retry clock in the browser: a diagnosis of every kind (from the
 * md5sum/sha1sum vectors), the attempts on the clock across a DST change, URL state (the salt and
 * password never in it), hostile input, and axe with all three debugging parts filled in.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { attemptOffsets } from '../../src/lib/callbacks/retry-simulation.ts';
import vectors from '../unit/fixtures/callbacks/digest-diagnoser-vectors.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test, hydrated as toolHydrated } from './test-utils.ts';

const TOOL = 'tools/callbacks/';
const attempts = attemptOffsets().length;

/** Scrolls a tool into view and waits until it has hydrated (the shared marker). */
async function hydrated(page: Page, tool: 'delivery' | 'digest') {
  const root = page.locator(`[data-callbacks-tool="${tool}"]`);
  await toolHydrated(root);
  return root;
}

/** One vector per kind, plus the documentation example's correct digest. */
const perKind = [...new Map(vectors.map((v) => [v.kind, v])).values()];

test.describe('the digest diagnoser', () => {
  test('names each kind of mistake from the md5sum/sha1sum vectors, and a correct digest a match', async ({ page }) => {
    test.slow();
    for (const v of perKind) {
      const template = `https://shop.example.com/cb?${v.digestParams.map((p) => `${p}={${p}}`).join('&')}&digest={digest}`;
      const query = new URLSearchParams({
        template,
        algorithm: v.algorithm,
        digestParams: v.digestParams.join(','),
        salt: v.salt,
        diagnose: `https://shop.example.com/cb?${v.query}&digest=${v.mistakenDigest}`,
      });
      await page.goto(`${TOOL}?${query}`);
      const tool = await hydrated(page, 'digest');
      const verdict = tool.locator('[data-diagnosis]');
      await expect(verdict, v.comment).toHaveAttribute('data-diagnosis', v.kind);
      if (v.kind !== 'match') await expect(verdict).toContainText('What to change');
      await tool
        .getByLabel(/The callback URL as your server received it/)
        .fill(`?${v.query}&digest=${v.correctDigest}`);
      await expect(verdict, `${v.comment}, correct digest`).toHaveAttribute('data-diagnosis', 'match');
    }
  });

  test('keeps the pasted URL in the link, never the salt, and says invalid for hostile input', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'digest');
    await tool.getByLabel('Salt (a secret shared with Resurs)').fill('s3cr3t-pepper');
    const field = tool.getByLabel(/The callback URL as your server received it/);
    // The documentation's digest was made with another salt: no single mistake explains it.
    await field.fill('https://shop.example.com/cb?paymentId=lePayment&digest=ED3381936CCAA2659CF3089F4AA83007');
    await expect(tool.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'none');
    // MD5 of the paymentId alone: sent without the salt.
    const unsalted = createHash('md5').update('lePayment').digest('hex').toUpperCase();
    await field.fill(`https://shop.example.com/cb?paymentId=lePayment&digest=${unsalted}`);
    await expect(tool.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'salt');
    await expect(page).toHaveURL(/diagnose=https/);
    expect(decodeURIComponent(page.url())).not.toContain('s3cr3t');
    for (const hostile of [
      '<img src=x onerror=alert(1)>',
      '?paymentId=%E0%A4%A&digest=<script>alert(1)</script>',
      `?paymentId=${'😀'.repeat(5000)}&digest=00`,
      '?paymentId=\ud83d&digest=\ud83d',
    ]) {
      await field.fill(hostile);
      await expect(tool.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'invalid');
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});

test.describe('the retry clock in Stockholm', () => {
  test.use({ timezoneId: 'Europe/Stockholm' });

  test('a first attempt at 2026-03-28 23:30 puts attempt 20 at 2026-03-30T10:42:15Z, 12:42:15 local', async ({
    page,
  }) => {
    await page.goto(`${TOOL}?never=1`);
    const tool = await hydrated(page, 'delivery');
    await expect(tool.getByText('Empty: your browser’s zone, Europe/Stockholm.')).toBeVisible();
    await tool.getByLabel('First attempt, local date and time').fill('2026-03-28T23:30');
    const last = tool.locator(`[data-attempt="${attempts}"]`);
    await expect(last).toHaveAttribute('data-at', '2026-03-30T10:42:15Z');
    await expect(last).toContainText('12:42:15');
    await expect(last).toContainText('GMT+2');
    await expect(tool.locator('[data-attempt="1"]')).toHaveAttribute('data-at', '2026-03-28T22:30:00Z');
    await expect(tool.locator('[data-attempt="1"]')).toContainText('GMT+1');
    await expect(tool.locator('[data-last-attempt]')).toHaveAttribute('data-last-attempt', '2026-03-30T10:42:15Z');
    await expect(tool.locator('[data-last-attempt]')).toContainText('a month');
    await expect(page).toHaveURL(/firstAttempt=2026-03-28T23%3A30/);

    // Another zone, typed: Tokyo has no daylight saving.
    await tool.getByLabel('Time zone (IANA name)').fill('Asia/Tokyo');
    await expect(last).toHaveAttribute('data-at', '2026-03-30T02:42:15Z');
    await expect(last).toContainText('11:42:15');
    await expect(page).toHaveURL(/zone=Asia%2FTokyo/);

    // The link restores the clock.
    await page.reload();
    const again = await hydrated(page, 'delivery');
    await expect(again.locator(`[data-attempt="${attempts}"]`)).toHaveAttribute('data-at', '2026-03-30T02:42:15Z');
  });

  test('a skipped local time is moved forward with a note; a hostile zone gets a message', async ({ page }) => {
    await page.goto(`${TOOL}?firstAttempt=2026-03-29T02:30&zone=${encodeURIComponent('<b>x</b>')}`);
    const tool = await hydrated(page, 'delivery');
    await expect(tool.getByText(/isn’t a time-zone name/)).toBeVisible();
    await expect(tool.locator('[data-attempt="1"]')).not.toHaveAttribute('data-at', /./);
    await tool.getByLabel('Time zone (IANA name)').fill('');
    await expect(tool.getByText(/doesn’t exist in Europe\/Stockholm/)).toBeVisible();
    await expect(tool.locator('[data-attempt="1"]')).toHaveAttribute('data-at', '2026-03-29T01:30:00Z');
    await page.goto(`${TOOL}?firstAttempt=${'9'.repeat(5000)}`);
    const bad = await hydrated(page, 'delivery');
    await expect(bad.getByText(/Enter the date and time of the first attempt/)).toBeVisible();
  });
});

test('axe finds no violation with the replay, the diagnoser and the clock filled in', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 375, height: 900 });
  const diagnose = '?paymentId=lePayment&digest=ed3381936ccaa2659cf3089f4aa83007';
  await page.goto(
    `${TOOL}?never=1&firstAttempt=2026-10-24T23:30&zone=Europe%2FStockholm&replayUser=shop&diagnose=${encodeURIComponent(diagnose)}`,
  );
  const tool = await hydrated(page, 'digest');
  await hydrated(page, 'delivery');
  await expect(tool.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'case');
  await expect(tool.locator('[data-replay-event="BOOKED"]')).toContainText('--user');
  await page.waitForFunction(() => document.getAnimations().length === 0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `${TOOL} debugging parts, ${scheme}`);
  }
});
