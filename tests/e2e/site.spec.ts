import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { sitePages } from '../../src/data/pages.ts';
import { resolveSiteUrl } from '../../src/lib/site/site-url.ts';
import { findBrokenLinks, findBrokenMarkdownLinks } from './link-check.ts';
import { expect, test } from './test-utils.ts';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const basePath = process.env.BASE_PATH ?? '/';

test.describe('every page', () => {
  for (const path of sitePages) {
    test(`${path} loads with a title, description and canonical URL, and no error`, async ({ page }) => {
      const response = await page.goto(path.slice(1));
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(/Resurs Bank integration FAQ/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(page.getByRole('main')).toBeVisible();
      // Scroll through so islands that hydrate when visible do so, and their errors surface.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
    });
  }
});

test.describe('responsive layout', () => {
  for (const path of sitePages) {
    test(`${path} has no horizontal scrolling on a 320 px phone`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path.slice(1));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the print stylesheet hides navigation and shows link targets', async ({ page }) => {
  await page.goto('faq/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  const external = page.locator('.faq-body a[href^="https://developers.resurs.com"]').first();
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://developers.resurs.com');
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('faq/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the theme toggle switches and persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('faq/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toBe(dark);
  await page.goto('');
  expect(await background()).toBe(dark);
});

test('the theme follows the OS until the reader picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('404', () => {
  // The browser logs the 404 response itself as a console error.
  test.use({ allowConsoleErrors: [/status of 404/] });
  test('an unknown URL gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page.getByRole('main').getByRole('link', { name: 'The complete FAQ' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Home' })).toBeVisible();
  });
});

test('sitemap.xml and robots.txt list the site with absolute URLs', async ({ request }) => {
  // The built site's public URL (SITE_URL at build time), not necessarily the server under test.
  const resolved = resolveSiteUrl(process.env);
  const site = `${resolved.ok ? resolved.value : ''}${basePath}`;
  const sitemap = await (await request.get('sitemap.xml')).text();
  for (const path of sitePages) expect(sitemap).toContain(`<loc>${new URL(path.slice(1), site).toString()}</loc>`);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', site).toString()}`);
});

test('every internal link and #anchor in the built site resolves', () => {
  expect(existsSync(outDir), `build first: ${outDir} is missing`).toBe(true);
  expect(findBrokenLinks(outDir, basePath)).toEqual([]);
});

test('the site builds for a sub-path and every link respects it', () => {
  test.setTimeout(180_000);
  const subDir = 'dist-subpath';
  execFileSync('npx', ['astro', 'build'], {
    env: {
      ...process.env,
      ASTRO_OUT_DIR: subDir,
      ASTRO_CACHE_DIR: 'node_modules/.astro-subpath',
      BASE_PATH: '/help/faq-site/',
      SITE_URL: 'https://example.com',
    },
    stdio: 'ignore',
  });
  expect(findBrokenLinks(subDir, '/help/faq-site/')).toEqual([]);
  const faq = readFileSync(`${subDir}/faq/index.html`, 'utf8');
  expect(faq).toContain('<link rel="canonical" href="https://example.com/help/faq-site/faq/">');
  expect(faq).toContain('href="/help/faq-site/faq/#are-you-using-ngrok"');
  // The Markdown files and llms.txt link absolutely, under the deployment's address and base path.
  expect(findBrokenMarkdownLinks(subDir, '/help/faq-site/', 'https://example.com')).toEqual([]);
  expect(readFileSync(`${subDir}/llms.txt`, 'utf8')).toContain(
    '](https://example.com/help/faq-site/faq/are-you-using-ngrok.md)',
  );
});

test('a deploy build without SITE_URL stops with a clear message', () => {
  const outDir = 'dist-no-site-url';
  const { SITE_URL: _unset, ...env } = process.env;
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...env, CI: 'true', ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: 'node_modules/.astro-no-site-url' },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is not set');
  expect(existsSync(outDir)).toBe(false);
});
