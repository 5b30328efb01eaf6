import type { Page } from '@playwright/test';
import { flowNodes, scenarios } from '../../src/data/callback-flow.ts';
import { retrySchedule, statedScheduleTotal } from '../../src/data/retry-schedule.ts';
import { formatDuration } from '../../src/lib/callbacks/duration.ts';
import { attemptOffsets, scheduleTotalSeconds } from '../../src/lib/callbacks/retry-simulation.ts';
import { expect, test, hydrated as toolHydrated } from './test-utils.ts';

const TOOL = 'tools/callbacks/';
type Tool = 'flow' | 'delivery' | 'digest';

/** Scrolls a tool into view and waits until it has hydrated (the shared marker). */
async function hydrated(page: Page, tool: Tool) {
  const root = page.locator(`[data-callbacks-tool="${tool}"]`);
  await toolHydrated(root);
  return root;
}

// The schedule's figures come from src/data/retry-schedule.ts: seconds from the first attempt to each.
const offsets = attemptOffsets();
/** The attempt that gets through when the endpoint is down for `seconds` from the first attempt. */
const throughAfter = (seconds: number) => offsets.findIndex((at) => at >= seconds) + 1;
const scheduleTotal = formatDuration(scheduleTotalSeconds());

const callbackIds = new Set(flowNodes.filter((n) => n.kind === 'callback').map((n) => n.id));
const current = (page: Page) => page.locator('[data-node][aria-current="step"]');
const received = (page: Page) => page.locator('[data-received-event]');
const details = (page: Page) => page.locator('[data-details-panel]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram, its text alternative and the tools’ default state are in the HTML', async ({ page }) => {
    await page.goto(TOOL);
    // Every step and event is an element with data-node, linking to its entry in the text alternative.
    for (const node of flowNodes) {
      const box = page.locator(`svg [data-node="${node.id}"]`);
      await expect(box).toHaveCount(1);
      await expect(box).toHaveAttribute('href', `#node-${node.id}`);
      await expect(page.locator(`#node-${node.id}`)).toContainText(node.summary);
    }
    await expect(page.locator('.cb-flow-text > li')).toHaveCount(flowNodes.length);
    // The simulator's default (down for 2 h) and the docs' digest example are rendered at build time.
    await expect(page.locator('[data-attempt]')).toHaveCount(retrySchedule.length);
    await expect(page.locator(`[data-attempt="${throughAfter(2 * 3600)}"]`)).toHaveAttribute(
      'data-outcome',
      'delivered',
    );
    await expect(page.locator('[data-digest]')).toHaveAttribute('data-digest', 'ED3381936CCAA2659CF3089F4AA83007');
    await expect(page.locator('[data-retry-conflict]')).toContainText(scheduleTotal);
    await expect(page.locator('[data-retry-conflict]')).toContainText('a month');
  });
});

test.describe('scenarios', () => {
  test('steps through every scenario by keyboard', async ({ page }) => {
    // 7 scenarios, 43 steps, 5 assertions each.
    test.slow();
    await page.goto(TOOL);
    await hydrated(page, 'flow');
    const next = page.getByRole('button', { name: 'Next step' });
    for (const [index, scenario] of scenarios.entries()) {
      const radio = page.getByRole('radio', { name: scenario.title });
      if (index === 0) {
        await radio.focus();
        await page.keyboard.press('Space');
      } else {
        // Arrow keys move through a radio group and select as they go.
        await page.getByRole('radio', { name: scenarios[index - 1]!.title }).focus();
        await page.keyboard.press('ArrowDown');
      }
      await expect(radio).toBeChecked();
      await expect(page).toHaveURL(new RegExp(`scenario=${scenario.id}&step=1`));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      const expectedReceived: string[] = [];
      for (const [i, step] of scenario.steps.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        if (callbackIds.has(step.node)) expectedReceived.push(step.node);
        await expect(page.getByText(`Step ${i + 1} of ${scenario.steps.length}`)).toBeVisible();
        await expect(current(page)).toHaveAttribute('data-node', step.node);
        await expect(current(page)).toHaveCount(1);
        await expect(received(page)).toHaveText(expectedReceived.map((e) => new RegExp(`^${e}`)));
        await expect(details(page).getByRole('heading', { level: 3 })).toContainText(
          flowNodes.find((n) => n.id === step.node)!.title,
        );
      }
      // Past the end nothing moves, and the focus stays on the button.
      await page.keyboard.press('Enter');
      await expect(current(page)).toHaveAttribute('data-node', scenario.steps.at(-1)!.node);
      await expect(next).toBeFocused();
      await expect(next).toHaveAttribute('aria-disabled', 'true');
    }
  });

  test('arrow keys, Home and End step inside the stepper, and the path lights up', async ({ page }) => {
    await page.goto(`${TOOL}?scenario=frozen-annulled&step=1`);
    await hydrated(page, 'flow');
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('data-node', 'UPDATE');
    await expect(page.locator('[data-edge="PAYMENT_ANNULLED>UPDATE"]')).toHaveClass(/is-on-path/);
    await expect(page.locator('[data-edge="BOOKED_STATUS>SHOP_FINALIZES"]')).not.toHaveClass(/is-on-path/);
    await page.keyboard.press('ArrowLeft');
    await expect(current(page)).toHaveAttribute('data-node', 'ANNULMENT');
    await expect(page.locator('[data-edge="PAYMENT_ANNULLED>UPDATE"]')).not.toHaveClass(/is-on-path/);
    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('data-node', 'BOOK_PAYMENT');
    await expect(received(page)).toHaveCount(0);
    await expect(page).toHaveURL(/step=1/);
  });
});

test.describe('selecting nodes', () => {
  test('a click shows the event’s trigger, method, parameters, body and what to do', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page, 'flow');
    await page.locator('svg [data-node="BOOKED"]').click();
    await expect(page).toHaveURL(/node=BOOKED/);
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 3 })).toContainText('BOOKED');
    await expect(panel).toContainText('A payment is created at Resurs (it may be FROZEN).');
    await expect(panel).toContainText('when the POST succeeds, no GET is sent');
    await expect(panel).toContainText('addedPaymentSpecificationLines');
    await expect(panel).toContainText('Keep it registered even if you handle UPDATE.');
    await expect(panel.getByRole('link', { name: 'Can I skip ANNULMENT and FINALIZATION?' })).toHaveAttribute(
      'href',
      /\/faq\/#can-i-skip-registering-annulment-and-finalization-callbacks$/,
    );
    await expect(page.locator('svg [data-node="BOOKED"]')).toHaveClass(/is-selected/);
  });

  test('arrow keys move between boxes and Enter or Space selects one', async ({ page }) => {
    await page.goto(`${TOOL}?node=BOOKED`);
    await hydrated(page, 'flow');
    // One tab stop for the whole diagram: the selected box.
    await expect(page.locator('svg [data-node][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('svg [data-node][tabindex="0"]')).toHaveAttribute('data-node', 'BOOKED');
    await page.locator('svg [data-node="BOOKED"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('svg [data-node="UNFREEZE"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/node=UNFREEZE/);
    await expect(details(page)).toContainText('Keep it registered even if you handle UPDATE.');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('svg [data-node="MANUAL_REVIEW"]')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/node=MANUAL_REVIEW/);
    await expect(details(page).getByRole('heading', { level: 3 })).toContainText('Manual review');
    // A neighbour in the panel selects it too.
    await details(page).getByRole('button', { name: 'UNFREEZE' }).click();
    await expect(page).toHaveURL(/node=UNFREEZE/);
  });

  test('a skippable event says so, in text and not only by its dashed border', async ({ page }) => {
    await page.goto(`${TOOL}?node=ANNULMENT`);
    await hydrated(page, 'flow');
    await expect(details(page)).toContainText('May be skipped if you handle UPDATE.');
    await expect(page.locator('svg [data-node="ANNULMENT"]')).toHaveAccessibleName(/ANNULMENT.*skippable with UPDATE/);
    await expect(page.locator('svg [data-node="UNFREEZE"]')).toHaveAccessibleName(/UNFREEZE.*must keep/);
  });
});

test.describe('delivery simulator', () => {
  test('shows which attempt gets through, or when Resurs gives up', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'delivery');
    const verdict = tool.locator('[data-verdict]');
    await tool.getByLabel('How long').fill('80');
    await tool.getByLabel('Unit').selectOption('min');
    const through = throughAfter(80 * 60);
    await expect(tool.locator(`[data-attempt="${through}"]`)).toHaveAttribute('data-outcome', 'delivered');
    await expect(tool.locator(`[data-attempt="${through - 1}"]`)).toHaveAttribute('data-outcome', 'failed');
    await expect(tool.locator(`[data-attempt="${through + 1}"]`)).toHaveAttribute('data-outcome', 'not-sent');
    await expect(verdict).toContainText(
      `Attempt ${through} gets through, ${formatDuration(offsets[through - 1] ?? 0)} after the first attempt`,
    );
    await expect(page).toHaveURL(/duration=80&unit=min/);

    await tool.getByLabel('It never recovers').check();
    await expect(tool.locator('[data-outcome="failed"]')).toHaveCount(retrySchedule.length);
    await expect(verdict).toHaveAttribute('data-verdict', 'gave-up');
    await expect(verdict).toContainText(`${scheduleTotal} after the first`);
    await expect(verdict).toContainText(`“${statedScheduleTotal}”`);
    await expect(verdict).toContainText('a month');
  });

  const cases = [
    // [problem, its extra field, value, reason an attempt fails]
    ['It answers, but slower than 5 seconds', 'It answers after (seconds)', '8', /timed out/],
    ['It answers with a redirect', 'HTTP status it answers with', '303', /303: redirects are not followed/],
    [
      'It answers with an error status, such as 500',
      'HTTP status it answers with',
      '503',
      /503: only a status below 300/,
    ],
  ] as const;
  for (const [problem, field, value, reason] of cases) {
    test(`simulates an endpoint that ${problem.toLowerCase().replace(/^it /, '')} for 10 minutes`, async ({ page }) => {
      await page.goto(TOOL);
      const tool = await hydrated(page, 'delivery');
      await tool.getByLabel(problem).check();
      await tool.getByLabel(field).fill(value);
      await tool.getByLabel('How long').fill('10');
      await tool.getByLabel('Unit').selectOption('min');
      // Attempt 7 is the first at or after 600 s (615 s).
      await expect(tool.locator('[data-attempt="7"]')).toHaveAttribute('data-outcome', 'delivered');
      await expect(tool.locator('[data-attempt="6"]')).toContainText(reason);
    });
  }

  test('an answer within the timeout, or a 2xx, is delivered at once', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'delivery');
    await tool.getByLabel('It answers, but slower than 5 seconds').check();
    await tool.getByLabel('It answers after (seconds)').fill('4.5');
    await expect(tool.locator('[data-attempt="1"]')).toHaveAttribute('data-outcome', 'delivered');
    await tool.getByLabel('It answers with an error status, such as 500').check();
    await tool.getByLabel('HTTP status it answers with').fill('204');
    await expect(tool.locator('[data-verdict]')).toContainText('Delivered on the first attempt');
  });

  test('a negative downtime gets a message beside the field, which keeps the input', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'delivery');
    const duration = tool.getByLabel('How long');
    await duration.fill('-3');
    await expect(tool.getByText('The duration can’t be negative: enter 0 or more.')).toBeVisible();
    await expect(duration).toHaveValue('-3');
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    await expect(tool.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'invalid');
    await duration.fill('2');
    await expect(tool.locator('[data-attempt="13"]')).toHaveAttribute('data-outcome', 'delivered');
  });
});

test.describe('digest calculator', () => {
  test('computes the documented MD5 and SHA1 digests and the URL Resurs calls', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'digest');
    const digest = tool.locator('[data-digest]');
    await expect(digest).toHaveText('ED3381936CCAA2659CF3089F4AA83007');
    await tool.getByLabel('SHA1').check();
    await expect(digest).toHaveText('108B57C61F0DAD7A912BA9B5D7879951FB0054C8');
    await expect(tool.locator('[data-callback-url]')).toHaveText(
      'https://shop.example.com/resurs/unfreeze?paymentId=lePayment&digest=108B57C61F0DAD7A912BA9B5D7879951FB0054C8',
    );
    await tool.getByLabel('Value of {paymentId}').fill('order-1001');
    await expect(digest).not.toHaveText('108B57C61F0DAD7A912BA9B5D7879951FB0054C8');
    await expect(digest).toHaveText(/^[0-9A-F]{40}$/);
    await expect(page).toHaveURL(/paymentId=order-1001/);
    await expect(page).toHaveURL(/algorithm=SHA1/);
  });

  test('checks a pasted digest, also from a whole callback URL', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'digest');
    const pasted = tool.getByLabel(/Check a digest you received/);
    const verdict = tool.locator('[data-digest-verdict]');
    await pasted.fill('ED3381936CCAA2659CF3089F4AA83007');
    await expect(verdict).toHaveAttribute('data-digest-verdict', 'match');
    await pasted.fill('https://shop.example.com/cb?paymentId=lePayment&digest=ed3381936ccaa2659cf3089f4aa83007');
    await expect(verdict).toHaveAttribute('data-digest-verdict', 'match-ignoring-case');
    await expect(verdict).toContainText('apart from letter case');
    await pasted.fill('ED3381936CCAA2659CF3089F4AA83000');
    await expect(verdict).toContainText('doesn’t match');
    await pasted.fill('not hex');
    await expect(verdict).toContainText('only the characters 0–9 and A–F');
  });

  test('a template with unbalanced braces gets a message and the rest keeps working', async ({ page }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'digest');
    const template = tool.getByLabel('URI template (as registered)');
    await template.fill('https://shop.example.com/cb?paymentId={paymentId&digest={digest}');
    await expect(tool.getByText(/opens a placeholder inside the one opened at character 39/)).toBeVisible();
    await expect(template).toHaveAttribute('aria-invalid', 'true');
    await expect(tool.getByText('Fix the URI template to see the URL.')).toBeVisible();
    await template.fill('https://shop.example.com/cb?paymentId={paymentId}&digest={digest}}');
    await expect(tool.getByText(/has no “\{” before it/)).toBeVisible();
    await template.fill('https://shop.example.com/cb?paymentId={paymentId}&digest={digest}');
    await expect(tool.locator('[data-callback-url]')).toContainText('digest=ED3381936CCAA2659CF3089F4AA83007');
  });
});

test.describe('links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link reproduces the diagram, the simulator and the calculator', async ({ page, context }) => {
    await page.goto(TOOL);
    await hydrated(page, 'flow');
    await page.getByRole('radio', { name: 'Swish' }).check();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.locator('svg [data-node="FINALIZATION"]').click();
    const delivery = await hydrated(page, 'delivery');
    await delivery.getByLabel('It answers with a redirect').check();
    await delivery.getByLabel('How long').fill('45');
    await delivery.getByLabel('Unit').selectOption('min');
    const digest = await hydrated(page, 'digest');
    await digest.getByLabel('Event').selectOption('AUTOMATIC_FRAUD_CONTROL');
    await digest
      .getByLabel('URI template (as registered)')
      .fill('https://shop.example.com/afc/{paymentId}/{result}?digest={digest}');
    await digest.getByLabel('result', { exact: true }).check();
    const expectedDigest = await digest.locator('[data-digest]').textContent();

    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await context.newPage();
    await fresh.goto(copied);
    await hydrated(fresh, 'flow');
    await expect(fresh.getByRole('radio', { name: 'Swish' })).toBeChecked();
    await expect(current(fresh)).toHaveAttribute('data-node', 'PROVIDER_COMPLETES');
    await expect(details(fresh).getByRole('heading', { level: 3 })).toContainText('FINALIZATION');
    const delivery2 = await hydrated(fresh, 'delivery');
    await expect(delivery2.getByLabel('It answers with a redirect')).toBeChecked();
    await expect(delivery2.locator('[data-attempt="11"]')).toHaveAttribute('data-outcome', 'delivered');
    const digest2 = await hydrated(fresh, 'digest');
    await expect(digest2.getByLabel('Event')).toHaveValue('AUTOMATIC_FRAUD_CONTROL');
    await expect(digest2.locator('[data-digest]')).toHaveText(expectedDigest!);
    await expect(digest2.locator('[data-callback-url]')).toContainText('/afc/lePayment/FROZEN?digest=');
  });

  test('leaves the salt out of links unless the user includes it', async ({ page, context }) => {
    await page.goto(TOOL);
    const tool = await hydrated(page, 'digest');
    await tool.getByLabel('Salt (a secret shared with Resurs)').fill('s3cr3t-pepper');
    const secretDigest = await tool.locator('[data-digest]').textContent();
    await expect(page).not.toHaveURL(/s3cr3t/);
    await tool.getByRole('button', { name: 'Copy link to this calculation' }).click();
    const withoutSalt = await page.evaluate(() => navigator.clipboard.readText());
    expect(withoutSalt).not.toContain('s3cr3t');
    expect(new URL(withoutSalt).searchParams.get('saltOmitted')).toBe('1');

    // Whoever opens it is told the salt was left out, and gets an empty salt, not the example.
    const recipient = await context.newPage();
    await recipient.goto(withoutSalt);
    const tool2 = await hydrated(recipient, 'digest');
    await expect(tool2.getByText('This link was made with a salt that was left out of it.')).toBeVisible();
    await expect(tool2.getByLabel('Salt (a secret shared with Resurs)')).toHaveValue('');

    await tool.getByLabel('Include the salt in the address bar and in copied links').check();
    await tool.getByRole('button', { name: 'Copy link to this calculation' }).click();
    const withSalt = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(withSalt).searchParams.get('salt')).toBe('s3cr3t-pepper');
    await recipient.goto(withSalt);
    const tool3 = await hydrated(recipient, 'digest');
    await expect(tool3.locator('[data-digest]')).toHaveText(secretDigest!);
  });

  test('bad parameters in a link get clear messages and the page keeps working', async ({ page }) => {
    await page.goto(
      `${TOOL}?node=%3Cscript%3Ealert(1)%3C/script%3E&scenario=nope&problem=fire&template=https://x/%7BpaymentId&algorithm=SHA256&event=PAID`,
    );
    const flow = await hydrated(page, 'flow');
    await expect(
      flow.getByText('The link names the step “<script>alert(1)</script>”, which isn’t in the diagram.'),
    ).toBeVisible();
    await expect(flow.getByText('The link names the scenario “nope”, which doesn’t exist.')).toBeVisible();
    const delivery = await hydrated(page, 'delivery');
    await expect(delivery.getByText('Unknown problem “fire”: choose one of the options.')).toBeVisible();
    const digest = await hydrated(page, 'digest');
    await expect(digest.getByText(/“\{” at character 11 is never closed/)).toBeVisible();
    await expect(digest.getByText('Unknown algorithm “SHA256”: using MD5.')).toBeVisible();
    await expect(digest.getByText('Unknown event “PAID”: choose one from the list.')).toBeVisible();
    // Still usable: a scenario can be chosen and stepped.
    await page.getByRole('radio', { name: 'Card payment booked at once' }).check();
    await expect(current(page)).toHaveAttribute('data-node', 'BOOK_PAYMENT');
  });

  test('a step past the end is clamped with a message', async ({ page }) => {
    await page.goto(`${TOOL}?scenario=test-event&step=42`);
    await hydrated(page, 'flow');
    await expect(
      page.getByText('Step 42 is past the end: “Testing your endpoint with TEST” has 3 steps.'),
    ).toBeVisible();
    await expect(current(page)).toHaveAttribute('data-node', 'TEST');
  });
});

test.describe('the embed in “Good to know”', () => {
  test('shows the diagram with boxes that open the tool', async ({ page }) => {
    await page.goto('faq/');
    // The diagram arrives when the reader gets near it (tests/e2e/faq-embeds.spec.ts).
    await page.locator('[data-faq-entry="good-to-know"]').scrollIntoViewIfNeeded();
    const figure = page.locator('[data-faq-entry="good-to-know"] [data-callback-flow]');
    await expect(figure.locator('[data-node]')).toHaveCount(flowNodes.length);
    await expect(
      page.locator('[data-faq-entry="good-to-know"]').getByRole('link', { name: 'interactive callback flow' }).first(),
    ).toBeVisible();
    await figure.locator('[data-node="UNFREEZE"]').click();
    await expect(page).toHaveURL(/tools\/callbacks\/\?node=UNFREEZE$/);
    await hydrated(page, 'flow');
    await expect(details(page).getByRole('heading', { level: 3 })).toContainText('UNFREEZE');
  });
});
