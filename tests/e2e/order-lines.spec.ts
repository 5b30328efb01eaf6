import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Big from 'big.js';
import { vatPresetById } from '../../src/data/vat-rates.ts';
import {
  expect,
  expectNoAxeViolations,
  holdIslandScripts,
  reachFor,
  test,
  hydrated as toolHydrated,
} from './test-utils.ts';

const toolPath = 'tools/order-lines/';

/** Waits until the full tool (or the FAQ's embed) has hydrated (the shared marker). */
async function hydrated(page: Page, component: 'OrderLinesTool' | 'OrderLinesEmbed' = 'OrderLinesTool') {
  await toolHydrated(page.locator(`[data-order-lines="${component === 'OrderLinesTool' ? 'full' : 'embedded'}"]`));
}

/** Opens the full tool without state and reaches for it, so it hydrates (it does so on demand). */
async function openTool(page: Page) {
  await page.goto(toolPath);
  await reachFor(page.locator('[data-order-lines="full"]'));
  await hydrated(page);
}

/** `n` correct order lines (80 + 25 % VAT each), as JSON objects. */
const manyLines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    artNo: `SKU-${i}`,
    description: 'Item',
    quantity: 1,
    unitMeasure: 'st',
    unitAmountWithoutVat: 80,
    vatPct: 25,
    totalVatAmount: 20,
    totalAmount: 100,
  }));

const pasteBox = (page: Page) => page.getByRole('textbox', { name: 'Paste order lines (JSON or XML)' });
const verdict = (page: Page) => page.locator('[data-verdict]');
const cell = (page: Page, field: string, line: number) =>
  page.getByRole('textbox', { name: `${field}, line ${line}`, exact: true });

/** Resurs' finalizePayment discount example, as SOAP, sent in hosted flow. */
const soapWithDiscount = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Body>
    <sim:bookPayment xmlns:sim="http://ecommerce.resurs.com/v4/msg/shopflow">
      <paymentSpec>
        <specLines><id>1</id><artNo>1111</artNo><description>Shoes</description><quantity>1.00</quantity><unitMeasure>st</unitMeasure><unitAmountWithoutVat>800.00000</unitAmountWithoutVat><vatPct>25</vatPct><totalVatAmount>200.00</totalVatAmount><totalAmount>1000.00</totalAmount></specLines>
        <specLines><id>2</id><artNo>1112</artNo><description>Socks</description><quantity>1.00000</quantity><unitMeasure>st</unitMeasure><unitAmountWithoutVat>200.00000</unitAmountWithoutVat><vatPct>25.00000</vatPct><totalVatAmount>50.0</totalVatAmount><totalAmount>250.0</totalAmount></specLines>
        <specLines><id>3</id><artNo>1113</artNo><description>Rabatt</description><quantity>1.00000</quantity><unitMeasure>st</unitMeasure><unitAmountWithoutVat>-120.00000</unitAmountWithoutVat><vatPct>25.00000</vatPct><totalVatAmount>-30.0</totalVatAmount><totalAmount>-150.0</totalAmount></specLines>
        <totalAmount>1100</totalAmount>
        <totalVatAmount>220</totalVatAmount>
      </paymentSpec>
    </sim:bookPayment>
  </soapenv:Body>
</soapenv:Envelope>`;

test.describe('the order-line validator', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('shows a sensible state before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(toolPath);
    await expect(pasteBox(page)).toBeVisible();
    await expect(cell(page, 'artNo', 1)).toHaveValue('HP-200');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(page.getByRole('heading', { name: 'How Resurs checks order lines' })).toBeVisible();
    await context.close();
  });

  test.describe('hydrates when it is needed, and the first touch is never lost', () => {
    /** Opens the tool without state and waits until its code has been fetched and evaluated. */
    async function openIdle(page: Page) {
      await page.goto(toolPath);
      await page.waitForLoadState('networkidle');
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => /\/OrderLinesTool\.[\w-]+\.js$/.test(entry.name)),
      );
      expect(fetched, 'the tool’s code is fetched at once, so the first touch hydrates synchronously').toBe(true);
      const tool = page.locator('[data-order-lines="full"]');
      // A reader who only reads never pays for hydration: the server's example stays, labelled as such.
      await expect(tool).not.toHaveAttribute('data-hydrated', '');
      await expect(tool.locator('.tool-pending__example')).toBeVisible();
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
      return tool;
    }

    test('the first click acts: “Add line” adds a line and the link holds it', async ({ page }) => {
      const tool = await openIdle(page);
      const rows = tool.locator('.ol-table tbody tr');
      const before = await rows.count();
      await page.getByRole('button', { name: 'Add line' }).click();
      await expect(rows).toHaveCount(before + 1);
      await expect(tool).toHaveAttribute('data-hydrated', '');
      await expect(tool.locator('.tool-pending__example')).toHaveCount(0);
      await expect(page.locator('[data-rule="missing-field"]').first()).toBeVisible();
      expect(new URL(page.url()).searchParams.get('lines')).toContain(`${before + 1}_`);
    });

    test('the first text typed is checked, and the first copy is the link to it', async ({ page }) => {
      await openIdle(page);
      await cell(page, 'unitAmountWithoutVat', 2).fill('12,50');
      await expect(cell(page, 'unitAmountWithoutVat', 2)).toHaveValue('12,50');
      await expect(page.locator('[data-rule="invalid-number"]')).toContainText('“12,50” uses a decimal comma');
      await expect(verdict(page)).toHaveAttribute('data-verdict', 'errors');

      const again = await page.context().newPage();
      await again.bringToFront(); // the clipboard serves the focused page only
      await openIdle(again);
      await again.getByRole('button', { name: 'Copy link to exactly this check' }).click();
      await expect(again.getByRole('button', { name: 'Copy link to exactly this check' })).toContainText('Copied');
      expect(await again.evaluate(() => navigator.clipboard.readText())).toBe(again.url());
      // Live now, but the input is still the example's: the sentence stays (and nothing moved under the pointer).
      await expect(again.locator('[data-order-lines="full"]')).toHaveAttribute('data-hydrated', '');
      await expect(again.locator('.tool-pending__example')).toBeVisible();
    });

    test('a touch while its code still loads hydrates it once the code has arrived', async ({ page }) => {
      const release = await holdIslandScripts(page);
      await page.goto(toolPath);
      const tool = page.locator('[data-order-lines="full"]');
      // Nothing is typed or changed: only a press on the tool, which the held-back code cannot answer yet.
      await tool.getByRole('heading', { name: 'What Resurs will do' }).click();
      await page.waitForTimeout(300);
      await expect(tool).not.toHaveAttribute('data-hydrated', '');
      release();
      await hydrated(page);
      await expect(tool.locator('.tool-pending__example')).toBeVisible();
    });

    test('a keyboard reaches it: Tab to the flow, pick another with the keyboard', async ({ page }) => {
      const tool = await openIdle(page);
      const flow = page.getByRole('combobox', { name: 'Flow' });
      for (let i = 0; i < 60 && !(await flow.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(flow).toBeFocused();
      await expect(tool).toHaveAttribute('data-hydrated', '');
      const first = await flow.inputValue();
      await page.keyboard.press('ArrowDown');
      await expect(flow).not.toHaveValue(first);
      expect(new URL(page.url()).searchParams.get('flow')).toBe(await flow.inputValue());
    });
  });

  test('pastes SOAP XML, finds the hosted-flow discount, applies a fix, copies it as XML, and the copied link reproduces it', async ({
    page,
  }) => {
    // Pasted before the scripts arrive, as a person on a slow phone would: the tool adopts it.
    const release = await holdIslandScripts(page);
    await page.goto(toolPath);
    await pasteBox(page).fill(soapWithDiscount);
    release();
    await hydrated(page);

    await expect(verdict(page)).toHaveAttribute('data-verdict', 'errors');
    const finding = page.locator('[data-rule="discount-with-vat"]');
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding).toContainText('Line 3 (artNo 1113) · vatPct');
    await expect(finding).toContainText('A negative line (total -150.00) carries VAT (25%, VAT -30.00).');
    await expect(cell(page, 'artNo', 3)).toHaveValue('1113');
    await expect(page.getByText('Read as XML <paymentSpec>.')).toBeVisible();

    // Both corrections are offered; the spread one shows its totals per VAT rate.
    await page.getByRole('radio', { name: 'Spread the discount into the lines’ prices' }).check();
    const after = page.getByRole('table', { name: 'After' });
    await expect(after.getByRole('row', { name: /25%/ })).toContainText('880.00220.001100.00');
    await page.getByRole('radio', { name: 'Send the discount as a VAT-free line' }).check();
    await expect(page.getByRole('table', { name: 'After' }).getByRole('row', { name: /0%/ })).toContainText(
      '-150.000.00-150.00',
    );

    // The corrected payload comes back as XML, and is accepted.
    await page.getByRole('button', { name: 'Copy corrected payload' }).click();
    const corrected = await page.evaluate(() => navigator.clipboard.readText());
    expect(corrected).toMatch(/^<paymentSpec>\n {2}<specLines>/);
    expect(corrected).toContain('<vatPct>0</vatPct>');
    expect(corrected).toContain('<totalAmount>1100</totalAmount>');

    await page.getByRole('button', { name: 'Apply to the table' }).click();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(cell(page, 'vatPct', 3)).toHaveValue('0');
    await expect(cell(page, 'unitAmountWithoutVat', 3)).toHaveValue('-150.00');
    await expect(pasteBox(page)).toHaveValue(/<vatPct>0<\/vatPct>/);

    await page.getByRole('button', { name: 'Copy link to exactly this check' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('fmt=xml.paymentSpec.paymentSpec');
    const again = await page.context().newPage();
    await again.goto(link);
    await hydrated(again);
    await expect(cell(again, 'vatPct', 3)).toHaveValue('0');
    await expect(cell(again, 'totalAmount', 3)).toHaveValue('-150.0');
    await expect(verdict(again)).toHaveAttribute('data-verdict', 'ok');
    await expect(pasteBox(again)).toHaveValue(/^<paymentSpec>/);
  });

  test('edits a line in the table: the finding names the cell, the paste box follows, and the link keeps the edit', async ({
    page,
  }) => {
    await openTool(page);
    await cell(page, 'unitAmountWithoutVat', 2).fill('12,50');
    const invalid = page.locator('[data-rule="invalid-number"]');
    await expect(invalid).toContainText(
      'unitAmountWithoutVat “12,50” uses a decimal comma: write 12.50 (with a point).',
    );
    await expect(cell(page, 'unitAmountWithoutVat', 2)).toHaveAttribute('aria-invalid', 'true');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'errors');

    await cell(page, 'unitAmountWithoutVat', 2).fill('150.06');
    const mismatch = page.locator('[data-rule="line-total-mismatch"]');
    await expect(mismatch).toContainText('The line says 150.06, 0.06 more: beyond the 0.05 tolerance.');
    await expect(pasteBox(page)).toHaveValue(/"unitAmountWithoutVat": 150\.06/);

    // The finding's link moves focus to the cell.
    await mismatch.getByRole('button', { name: 'Line 2 (artNo BK-17) · totalAmount' }).click();
    await expect(cell(page, 'totalAmount', 2)).toBeFocused();

    // Within the tolerance there is no finding, only a note.
    await cell(page, 'unitAmountWithoutVat', 2).fill('150.05');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(page.getByText('Line 2: Resurs uses the unit price 150.00')).toBeVisible();

    await page.reload();
    await hydrated(page);
    await expect(cell(page, 'unitAmountWithoutVat', 2)).toHaveValue('150.05');
  });

  test('adds, removes and reorders lines with the keyboard', async ({ page }) => {
    await openTool(page);
    await page.getByRole('button', { name: 'Move line 2 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(cell(page, 'artNo', 1)).toHaveValue('BK-17');
    await expect(cell(page, 'artNo', 2)).toHaveValue('HP-200');
    // Focus follows the moved line; at the top, "up" is disabled, so it is on "down".
    await expect(page.getByRole('button', { name: 'Move line 1 down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cell(page, 'artNo', 2)).toHaveValue('BK-17');

    await page.getByRole('button', { name: 'Add line' }).click();
    await expect(cell(page, 'id', 5)).toHaveValue('5');
    await expect(page.locator('[data-rule="missing-field"]')).toHaveCount(5);
    await page.getByRole('button', { name: 'Remove line 5' }).click();
    await expect(cell(page, 'id', 5)).toHaveCount(0);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  });

  test('keeps hostile or broken input as typed, explains it, and never runs it', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await openTool(page);
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await pasteBox(page).fill(hostile);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'invalid');
    await expect(verdict(page)).toContainText('Invalid XML at line 1, column 35: the value of src must be in quotes');
    await expect(pasteBox(page)).toHaveValue(hostile);
    await expect(cell(page, 'artNo', 1)).toBeDisabled();

    // The link reproduces the unreadable paste and its message.
    await page.reload();
    await hydrated(page);
    await expect(pasteBox(page)).toHaveValue(hostile);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'invalid');

    await pasteBox(page).fill('[\n  {"artNo": "A", "quantity": 1e3,}\n]');
    await expect(verdict(page)).toContainText(
      'Invalid JSON at line 2, column 34: trailing comma before “}”: JSON does not allow it',
    );
    await page.getByRole('button', { name: 'Discard the pasted text' }).click();
    await expect(cell(page, 'artNo', 1)).toBeEnabled();

    await pasteBox(page).fill('[{"artNo": "<b>x</b>", "quantity": 1e3, "description": "\\u0000"}]');
    await expect(page.locator('[data-rule="invalid-number"]')).toContainText(
      '“1e3” is exponent notation: write it as a plain decimal, 1000',
    );
    await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('survives a hostile link and says what it ignored', async ({ page }) => {
    await page.goto(`${toolPath}?lines=2*%3Cscript%3E&flow=evil&country=US&fmt=json.%3Cx%3E&total=1e3`);
    await hydrated(page);
    await expect(page.getByText('The link’s order lines are in an unknown format and were not read.')).toBeVisible();
    await expect(page.getByText('The link’s flow is unknown; hosted flow is shown.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Country (VAT rates)' })).toHaveValue('SE');
    await expect(page.getByRole('textbox', { name: 'totalAmount', exact: true })).toHaveValue('1e3');
    await expect(page.locator('[data-rule="invalid-number"]')).toContainText(
      'paymentSpec.totalAmount “1e3” is exponent notation',
    );
  });

  test('warns next to “Copy link” when a link is long enough to be cut by mail and chat tools', async ({ page }) => {
    await openTool(page);
    const lines = manyLines(60);
    await pasteBox(page).fill(JSON.stringify(lines));
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(
      page.getByText(
        /This link is [\d,]+ characters long\. Many e-mail and chat tools cut links after about 2,000 characters/,
      ),
    ).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lines')).toContain('SKU-59');
  });

  test('keeps 1,000 lines out of the link but not out of a reload, and validates them', async ({ page }) => {
    await openTool(page);
    const lines = manyLines(1000);
    await pasteBox(page).fill(JSON.stringify(lines));
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(page.locator('[data-link-too-long]')).toContainText(
      'Some of the input is too long for a link (more than 8,000 characters, which web servers refuse)',
    );
    expect(new URL(page.url()).searchParams.has('lines')).toBe(false);
    await expect(page.getByRole('button', { name: 'Show all 1,000 lines (950 hidden)' })).toBeVisible();
    // A reload keeps them: the history entry holds what the address bar could not.
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('button', { name: 'Show all 1,000 lines (950 hidden)' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'As Resurs computes them from the row totals' })
        .getByRole('row', { name: /^Total/ }),
    ).toContainText('80000.0020000.00100000.00');
  });

  test('switches flow and country: RCO needs no ids, unknown fields are noted, a Finnish rate passes in Finland', async ({
    page,
  }) => {
    // A rate of Finland that Sweden (the default country) does not have, from src/data/vat-rates.ts.
    const sweden = vatPresetById('SE').rates.map((r) => Number(r.rate));
    const finnish = Number(vatPresetById('FI').rates.find((r) => !sweden.includes(Number(r.rate)))?.rate);
    await openTool(page);
    await pasteBox(page).fill(
      `{"orderLines": [{"artNo": "A", "quantity": 1, "unitMeasure": "st", "unitAmountWithoutVat": 100, "vatPct": ${finnish}, "totalAmountWithVat": ${new Big(100).plus(finnish)}, "type": "ORDER_LINE", "sku": "X-1"}]}`,
    );
    await expect(page.getByRole('combobox', { name: 'Flow' })).toHaveValue('checkout');
    await expect(page.getByText('Ignored the unknown field “sku” (line 1).')).toBeVisible();
    await expect(page.locator('[data-rule="vat-rate-unusual"]')).toHaveAttribute('data-severity', 'warning');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'warnings');
    await page.getByRole('combobox', { name: 'Country (VAT rates)' }).selectOption('FI');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(page.getByRole('combobox', { name: 'type, line 1' })).toHaveValue('ORDER_LINE');
  });

  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violation at ${width} px in ${scheme} mode, with findings and corrections shown`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await openTool(page);
        await page.getByRole('button', { name: 'Hosted-flow discount with VAT' }).click();
        await expect(verdict(page)).toHaveAttribute('data-verdict', 'errors');
        await cell(page, 'quantity', 1).fill('0');
        await expect(page.locator('[data-rule="quantity-not-positive"]')).toBeVisible();
        await page.getByText('What changes').click();
        await expectNoAxeViolations(page, `${toolPath} ${width}px ${scheme}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
      });
    }
  }
});

test.describe('the validator inside the FAQ answer', () => {
  test('starts with the hosted-flow discount, corrects it without touching the page URL, and opens in the full tool', async ({
    page,
  }) => {
    await page.goto('faq/#when-i-add-discount-in-hosted-flow');
    const embed = page.locator('[data-order-lines-embed]');
    await embed.scrollIntoViewIfNeeded();
    await hydrated(page, 'OrderLinesEmbed');
    await expect(embed.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'errors');
    await expect(embed.locator('[data-rule="discount-with-vat"]')).toBeVisible();
    await embed.getByRole('radio', { name: 'Spread the discount into the lines’ prices' }).check();
    await embed.getByRole('button', { name: 'Apply to the table' }).click();
    await expect(embed.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
    expect(new URL(page.url()).search).toBe('');

    await embed.getByRole('link', { name: 'Open in the full tool' }).click();
    await hydrated(page);
    await expect(cell(page, 'totalAmount', 1)).toHaveValue('880.00');
    await expect(cell(page, 'artNo', 3)).toHaveCount(0);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the embedded validator has no axe violation in ${scheme} mode at 375 px`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('faq/#when-i-add-discount-in-hosted-flow');
      await page.locator('[data-order-lines-embed]').scrollIntoViewIfNeeded();
      await hydrated(page, 'OrderLinesEmbed');
      await page.locator('[data-order-lines-embed]').getByText('Edit or paste the lines').click();
      // Only the embed: the rest of the FAQ page is checked by the FAQ's own tests.
      const results = await new AxeBuilder({ page }).include('[data-order-lines-embed]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
