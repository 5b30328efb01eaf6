import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, hydrated as toolHydrated } from './test-utils.ts';

const toolPath = 'tools/magento-email/';
const hostileUser = "'; rm -rf ~ #";

/** The text of every generated command, in page order. */
const commands = (page: Page) => page.locator('[data-command]').allTextContents();
const script = (page: Page) => page.locator('[data-script]').textContent();

/** Waits until the builder (or the FAQ's embed) has hydrated (the shared marker). */
async function hydrated(page: Page, component: 'MagentoEmail' | 'MagentoEmailEmbed' = 'MagentoEmail') {
  await toolHydrated(
    page.locator(component === 'MagentoEmail' ? '[data-magento-email]' : '[data-magento-email-embed]'),
  );
}

test.describe('the Magento e-mail command builder', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('builds the procedure for the chosen set-up, copies it, and the copied link reproduces it', async ({ page }) => {
    await page.goto(toolPath);
    await hydrated(page);
    // Interacting proves hydration: the user field only exists after choosing sudo.
    await page.getByRole('radio', { name: /As another user/ }).check();
    await page.getByRole('textbox', { name: 'Run as user' }).fill(hostileUser);
    await page.getByRole('textbox', { name: /Magento root directory/ }).fill('/var/www/$(id)');
    await page.getByRole('radio', { name: /Lock in env\.php/ }).check();
    await page.getByRole('textbox', { name: 'Sending limit per cron run' }).fill('120');

    const sudo = "sudo -u ''\\''; rm -rf ~ #' php bin/magento";
    await expect(page.locator('[data-command]').first()).toHaveText("cd '/var/www/$(id)'");
    const built = await commands(page);
    expect(built).toContain(`${sudo} config:set --lock-env sales_email/general/async_sending 1`);
    expect(built).toContain(`${sudo} config:set --lock-env sales_email/general/sending_limit 120`);
    expect(built).toContain(`${sudo} cron:run --group=default`);
    expect(built.filter((c) => c.includes('--scope'))).toEqual([]);

    // "Copy all" puts exactly the data-script text on the clipboard.
    await page.getByRole('button', { name: 'Copy all as one script' }).click();
    await expect(page.getByRole('button', { name: 'Copied!' })).toBeVisible();
    const copiedScript = await page.evaluate(() => navigator.clipboard.readText());
    expect(copiedScript).toBe(await script(page));
    expect(copiedScript).toMatch(/^#!\/bin\/sh\n/);
    expect(copiedScript).toContain(`\n  ${sudo} config:set --lock-env sales_email/general/async_sending 1\n`);

    // A step's own copy button copies its command.
    await page.getByRole('button', { name: 'Copy the command: Clean the configuration cache' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${sudo} cache:clean config`);

    await page.getByRole('button', { name: 'Copy link to this procedure' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('cli=sudo');

    const again = await page.context().newPage();
    await again.goto(link);
    await hydrated(again);
    await expect(again.getByRole('textbox', { name: 'Run as user' })).toHaveValue(hostileUser);
    await expect(again.getByRole('radio', { name: /Lock in env\.php/ })).toBeChecked();
    await expect(again.getByRole('textbox', { name: 'Sending limit per cron run' })).toHaveValue('120');
    await expect(again.locator('[data-command]').first()).toHaveText("cd '/var/www/$(id)'");
    expect(await commands(again)).toEqual(built);
    expect(await script(again)).toBe(copiedScript);
  });

  test('shows fields only when they apply', async ({ page }) => {
    await page.goto(toolPath);
    await hydrated(page);
    const user = page.getByRole('textbox', { name: 'Run as user' });
    const service = page.getByRole('textbox', { name: 'PHP service name' });
    const limit = page.getByRole('textbox', { name: 'Sending limit per cron run' });
    await expect(limit).toBeVisible();
    await expect(user).toHaveCount(0);
    await expect(service).toHaveCount(0);

    await page.getByRole('radio', { name: /Docker Compose/ }).check();
    await expect(service).toBeVisible();
    await expect(user).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /Project directory/ })).toBeVisible();

    await page.getByRole('radio', { name: /Synchronous/ }).check();
    await expect(limit).toHaveCount(0);
    await service.fill('php');
    // Reverting: send what is waiting, then set 0; no cron install, no sending limit.
    expect(await commands(page)).toEqual([
      "docker compose exec 'php' bin/magento cron:run --group=default",
      "docker compose exec 'php' bin/magento config:set sales_email/general/async_sending 0",
      "docker compose exec 'php' bin/magento cache:clean config",
      "docker compose exec 'php' bin/magento config:show sales_email/general/async_sending",
      "docker compose exec 'php' bin/magento config:set sales_email/general/async_sending 1",
    ]);
  });

  test('moves between CLI choices with the arrow keys', async ({ page }) => {
    await page.goto(toolPath);
    await hydrated(page);
    const first = page.getByRole('radio', { name: /^bin\/magento/ });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^php bin\/magento/ })).toBeChecked();
    await expect(page.locator('[data-command]').first()).toHaveText(
      'php bin/magento config:set sales_email/general/async_sending 1',
    );
  });

  test('refuses control characters with a message beside the field and loses nothing', async ({ page }) => {
    await page.goto(`${toolPath}?cli=sudo&user=www-data&dir=%2Fsrv%2Fshop%07x&limit=50&lock=config`);
    await hydrated(page);
    const dir = page.getByRole('textbox', { name: /Magento root directory/ });
    await expect(dir).toHaveAttribute('aria-invalid', 'true');
    await expect(dir).toHaveAccessibleDescription(/control character \(U\+0007\) at character 10/);
    await expect(dir).toHaveValue('/srv/shop\u0007x');
    await expect(page.getByText('No procedure yet')).toBeVisible();
    await expect(page.getByText(/check the directory in the form/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'No procedure: one field needs attention.' })).toHaveCount(
      1,
    );
    await expect(page.locator('[data-command]')).toHaveCount(0);
    // Everything else the link held is still there, in the form and in the URL.
    await expect(page.getByRole('textbox', { name: 'Run as user' })).toHaveValue('www-data');
    await expect(page.getByRole('radio', { name: /Lock in config\.php/ })).toBeChecked();
    expect(page.url()).toContain('dir=%2Fsrv%2Fshop%07x');

    await dir.fill('/srv/shop');
    await expect(dir).not.toHaveAttribute('aria-invalid', 'true');
    // The live region announces the new state: cd, set, limit, cache, 2 checks, 3 cron steps.
    await expect(page.getByRole('status').filter({ hasText: 'Procedure ready: 9 steps.' })).toHaveCount(1);
    await expect(page.locator('[data-command]').first()).toHaveText("cd '/srv/shop'");

    // Typed shell syntax is not an error: it is quoted.
    await dir.fill("/srv/'; rm -rf ~ #");
    await expect(page.locator('[data-command]').first()).toHaveText("cd '/srv/'\\''; rm -rf ~ #'");

    // A huge paste is refused with its length, and kept.
    const huge = `/${'x'.repeat(5000)}`;
    await dir.fill(huge);
    await expect(dir).toHaveAccessibleDescription(/5,001 characters long; the limit is 4,096/);
    await expect(dir).toHaveValue(huge);
  });

  test('explains an unknown choice or a line break from a link', async ({ page }) => {
    await page.goto(`${toolPath}?mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cli=sudo&user=www%0Adata`);
    await hydrated(page);
    await expect(page.getByRole('group', { name: 'Sending mode' })).toHaveAccessibleDescription(
      /“<script>alert\(1\)<\/script…”.*showing “Asynchronous”/,
    );
    await expect(page.getByRole('radio', { name: /Asynchronous/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Run as user' })).toHaveAccessibleDescription(
      /line break at character 4/,
    );
    await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0);
  });

  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violation at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        // Errors, a notice, warnings and the open script: every state the page can show.
        await page.goto(`${toolPath}?cli=docker&service=&lock=nope`);
        await hydrated(page);
        await expect(page.getByText('No procedure yet')).toBeVisible();
        await expectNoAxeViolations(page, `${toolPath} with errors (${width} px, ${scheme})`);
        await page.getByRole('textbox', { name: 'PHP service name' }).fill('php-fpm');
        await page.getByText('Show the whole script').click();
        await expectNoAxeViolations(page, `${toolPath} (${width} px, ${scheme})`);
      });
    }
  }
});

test.describe('the builder embedded in the FAQ answer', () => {
  test('builds commands, leaves the FAQ URL alone and opens the full tool with the same input', async ({ page }) => {
    await page.goto('faq/#slow-callbacks-in-magento-2');
    const embed = page.locator('[data-magento-email-embed]');
    await embed.scrollIntoViewIfNeeded();
    await hydrated(page, 'MagentoEmailEmbed');
    // The answer keeps the source's own commands.
    await expect(page.locator('pre', { hasText: 'async_sending 1' }).first()).toBeVisible();

    await embed.getByRole('combobox', { name: 'How you run Magento’s CLI' }).selectOption('php');
    await embed.getByRole('textbox', { name: /Magento root directory/ }).fill('~/shop');
    await expect(embed.locator('[data-command]').first()).toHaveText(
      'php bin/magento config:set sales_email/general/async_sending 1',
    );
    expect(page.url()).not.toContain('?');
    const embedScript = await embed.locator('[data-script]').textContent();
    expect(embedScript).toContain(`\n  cd "$HOME"/'shop'\n`);

    await embed.getByRole('link', { name: 'Open in the full tool' }).click();
    await expect(page).toHaveURL(/tools\/magento-email\/\?cli=php&dir=%7E%2Fshop$/);
    await hydrated(page);
    await expect(page.getByRole('radio', { name: /^php bin\/magento/ })).toBeChecked();
    expect(await script(page)).toBe(embedScript);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violation in the embedded builder (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('faq/#slow-callbacks-in-magento-2');
      const embed = page.locator('[data-magento-email-embed]');
      await embed.scrollIntoViewIfNeeded();
      await hydrated(page, 'MagentoEmailEmbed');
      await embed.getByRole('combobox', { name: 'How you run Magento’s CLI' }).selectOption('sudo');
      // Blocked first (no user yet), then the full procedure with its details open.
      await expect(embed.getByText('No procedure yet')).toBeVisible();
      let results = await new AxeBuilder({ page }).include('[data-magento-email-embed]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await embed.getByRole('textbox', { name: 'Run as user' }).fill('www-data');
      await embed.getByText(/^All \d+ steps/).click();
      results = await new AxeBuilder({ page }).include('[data-magento-email-embed]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});
