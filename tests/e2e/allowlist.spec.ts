import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  callbackSourceTargets,
  minimalResursSources,
  ownedBlockTargets,
  type ResursTarget,
  resursTargets,
} from '../../src/lib/allowlist/resurs-ranges.ts';
import { buildSnippet, type SnippetId, snippetIds } from '../../src/lib/allowlist/snippets.ts';
import { currentCallbackSourceList, currentOwnedBlockList } from '../../src/lib/network/history.ts';
import { countOf } from '../../src/lib/shared/count.ts';
import { formatIPv4, prefixRange, rangeContains, rangeSize } from '../../src/lib/shared/ip-range.ts';
import { expect, expectNoAxeViolations, test, hydrated as toolHydrated, useColorScheme } from './test-utils.ts';

const TOOL = 'tools/allowlist/';

// Resurs' addresses come from src/data/network.ts (through lib), never typed here; the addresses
// below that are not Resurs' (10.0.0.1, 010.1.1.1, …) are what a customer might paste.
const firstBlock = ownedBlockTargets[0]!;
/** The callback sources outside the owned blocks: the ones an allowlist of the blocks drops. */
const outsideSources = callbackSourceTargets.filter((t) => t.insideBlock === null);
const cloud = outsideSources[0]!;
const newestSource = callbackSourceTargets[callbackSourceTargets.length - 1]!;
/** The `n`th address of a block (from its network address + 1) that is not a callback source. */
const plainAddressIn = (block: ResursTarget, n: number) =>
  Array.from({ length: n + callbackSourceTargets.length }, (_, i) => block.range.start + BigInt(i + 1))
    .filter((a) => !callbackSourceTargets.some((t) => t.range.start === a))
    .map(formatIPv4)[n - 1]!;
/** A block one bit wider than `target`, written from its network address: partly Resurs' (e.g. a /23). */
const widened = (target: ResursTarget, prefix: number) =>
  `${formatIPv4(prefixRange(4, target.range.start, prefix).start)}/${prefix}`;
const firstBlockPrefix = Number(firstBlock.cidr.split('/')[1]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Mode = 'address' | 'allowlist' | 'url' | 'snippets';

/** Scrolls a section's tool into view and waits until it has hydrated (the shared marker). */
async function hydrated(page: Page, mode: Mode, scope = 'main') {
  // An FAQ embed arrives when the reader gets near its answer (tests/e2e/faq-embeds.spec.ts).
  if (scope !== 'main') await page.locator(scope).first().scrollIntoViewIfNeeded();
  await toolHydrated(page.locator(`${scope} [data-allowlist-mode="${mode}"]`));
}

const addressInput = async (page: Page) => {
  await hydrated(page, 'address');
  return page.getByLabel('Addresses, blocks or log lines', { exact: true });
};
const allowlistInput = async (page: Page) => {
  await hydrated(page, 'allowlist');
  return page.getByLabel('Your allowlist', { exact: true });
};
const urlInput = async (page: Page) => {
  await hydrated(page, 'url');
  return page.getByLabel('Callback URL or URI template', { exact: true });
};
const addressMode = (page: Page) => page.locator('[data-allowlist-mode="address"]');
const allowlistMode = (page: Page) => page.locator('[data-allowlist-mode="allowlist"]');
const urlMode = (page: Page) => page.locator('[data-allowlist-mode="url"]');

test.describe('1. Is this address Resurs?', () => {
  test('gives one verdict per pasted entry and announces the count', async ({ page }) => {
    await page.goto(TOOL);
    const input = await addressInput(page);
    await input.fill(
      `${cloud.display}\n${plainAddressIn(firstBlock, 5)}, ::ffff:${plainAddressIn(firstBlock, 9)} ${widened(firstBlock, firstBlockPrefix - 1)}\n10.0.0.1\n010.1.1.1`,
    );
    const results = addressMode(page).getByRole('list', { name: 'Verdict per entry' }).locator(':scope > li');
    await expect(results).toHaveCount(6);
    await expect(results.nth(0)).toHaveAttribute('data-verdict', 'callback-source');
    await expect(results.nth(1)).toHaveAttribute('data-verdict', 'resurs-range');
    await expect(results.nth(2)).toHaveAttribute('data-verdict', 'resurs-range');
    await expect(results.nth(3)).toHaveAttribute('data-verdict', 'partial');
    await expect(results.nth(4)).toHaveAttribute('data-verdict', 'not-resurs');
    await expect(results.nth(5)).toHaveAttribute('data-verdict', 'invalid');
    await expect(results.nth(4)).toContainText('RFC 1918');
    await expect(results.nth(5)).toContainText('read 8.1.1.1');
    await expect(addressMode(page).getByRole('status').first()).toHaveText(
      '6 entries checked: 1 Resurs callback source, 2 in a Resurs block, 1 partly Resurs, 1 not Resurs, 1 not valid.',
    );
    // The state is in the URL as the user types.
    await expect.poll(() => new URL(page.url()).searchParams.get('ip')).toContain(cloud.display);
  });

  test('reads addresses out of a firewall log line', async ({ page }) => {
    await page.goto(TOOL);
    const input = await addressInput(page);
    await input.fill(
      `[UFW BLOCK] IN=eth0 OUT= SRC=${newestSource.display} DST=203.0.113.7 PROTO=TCP SPT=51514 DPT=443`,
    );
    const results = addressMode(page).locator('[data-verdict]');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toHaveAttribute('data-verdict', 'callback-source');
    await expect(addressMode(page)).toContainText('skipped');
  });
});

test.describe('2. Check my allowlist', () => {
  test("finds the callback sources an allowlist of the FAQ's blocks drops", async ({ page }) => {
    await page.goto(TOOL);
    const input = await allowlistInput(page);
    // The owned blocks, a whole cloud /13 around the first cloud source, and the first block again.
    const wide = prefixRange(4, cloud.range.start, 13);
    const wideCidr = `${formatIPv4(wide.start)}/13`;
    const lines = [...ownedBlockTargets.map((b) => b.cidr), wideCidr, firstBlock.cidr];
    await input.fill(lines.map((line) => `allow ${line};`).join('\n'));
    const mode = allowlistMode(page);
    await expect(mode.locator('[data-allowlist-status]')).toHaveAttribute('data-allowlist-status', 'drops-callbacks');
    expect(
      outsideSources.some((t) => !rangeContains(wide, t.range)),
      'a source the /13 misses',
    ).toBe(true);
    for (const t of outsideSources) {
      await expect(mode.locator(`tr[data-target="${t.display}"]`)).toHaveAttribute(
        'data-coverage',
        rangeContains(wide, t.range) ? 'full' : 'none',
      );
    }
    for (const b of ownedBlockTargets) {
      await expect(mode.locator(`tr[data-target="${b.display}"]`)).toHaveAttribute('data-coverage', 'full');
    }
    await expect(mode.locator('[data-findings="broad"]')).toContainText(
      `${wideCidr} (line ${lines.length - 1}) allows ${countOf(rangeSize(wide), 'address', 'addresses')}`,
    );
    await expect(mode.locator('[data-findings="overlaps"]')).toContainText(
      `(line ${lines.length}) repeats ${firstBlock.cidr} (line 1)`,
    );
  });

  test('says a complete allowlist lets Resurs in', async ({ page }) => {
    await page.goto(TOOL);
    const input = await allowlistInput(page);
    await input.fill(minimalResursSources.map((t) => t.display).join(' '));
    await expect(allowlistMode(page).locator('[data-allowlist-status]')).toHaveAttribute(
      'data-allowlist-status',
      'complete',
    );
    await expect(allowlistMode(page).locator('[data-coverage="full"]')).toHaveCount(resursTargets.length);
  });
});

test.describe('3. Can Resurs reach my callback URL?', () => {
  test('fails a local http URL on every rule it breaks', async ({ page }) => {
    await page.goto(TOOL);
    const input = await urlInput(page);
    await input.fill('http://my-dev.localhost:8080/callback?paymentId={paymentId}');
    const mode = urlMode(page);
    await expect(mode.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unreachable');
    await expect(mode.locator('[data-check="https"]')).toHaveAttribute('data-status', 'fail');
    await expect(mode.locator('[data-check="port"]')).toHaveAttribute('data-status', 'fail');
    await expect(mode.locator('[data-check="local-name"]')).toHaveAttribute('data-status', 'fail');
    await expect(mode.locator('[data-check="placeholders"]')).toHaveAttribute('data-status', 'pass');
  });

  test('passes a good template and fills the manual commands in with its host', async ({ page }) => {
    await page.goto(TOOL);
    const input = await urlInput(page);
    await input.fill('https://shop.example.se/resurs/callback?paymentId={paymentId}&digest={digest}');
    const mode = urlMode(page);
    await expect(mode.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'reachable');
    await expect(mode.locator('[data-status="fail"], [data-status="warn"]')).toHaveCount(0);
    await expect(mode.locator('[data-check="tls"]')).toHaveAttribute('data-status', 'manual');
    await expect(mode.locator('[data-check="tls"] pre')).toHaveText(
      'openssl s_client -connect shop.example.se:443 -servername shop.example.se -tls1_2 </dev/null',
    );
    await expect(mode.locator('[data-check="public-dns"] pre')).toHaveText('dig +short A shop.example.se @1.1.1.1');
  });

  test('catches the whole RFC 1918 block 172.16.0.0/12, not only the /16 the FAQ writes', async ({ page }) => {
    await page.goto(`${TOOL}?url=${encodeURIComponent('https://172.31.0.5/cb?paymentId={paymentId}')}`);
    await hydrated(page, 'url');
    const check = urlMode(page).locator('[data-check="ip-range"]');
    await expect(check).toHaveAttribute('data-status', 'fail');
    await expect(check).toContainText('The FAQ writes 172.16.0.0/16');
  });
});

test.describe('a link with state', () => {
  test('reproduces every verdict and the chosen snippet', async ({ page }) => {
    const query = new URLSearchParams({
      ip: widened(firstBlock, firstBlockPrefix - 1),
      allowlist: cloud.display,
      url: 'https://abc.ngrok-free.app/cb?paymentId={paymentId}',
      snippet: 'nftables',
    });
    await page.goto(`${TOOL}?${query}`);
    await hydrated(page, 'address');
    await expect(addressMode(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'partial');
    await hydrated(page, 'allowlist');
    await expect(allowlistMode(page).locator('[data-allowlist-status]')).toHaveAttribute(
      'data-allowlist-status',
      'drops-callbacks',
    );
    await hydrated(page, 'url');
    await expect(urlMode(page).locator('[data-check="tunnel"]')).toHaveAttribute('data-status', 'fail');
    await hydrated(page, 'snippets');
    await expect(page.getByRole('tab', { name: 'nftables' })).toHaveAttribute('aria-selected', 'true');
  });

  test('"Copy link" copies the URL that reproduces the verdict', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(TOOL);
    const input = await addressInput(page);
    await input.fill(newestSource.display);
    await expect(addressMode(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'callback-source');
    await addressMode(page).getByRole('button', { name: 'Copy link to these verdicts' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('ip')).toBe(newestSource.display);
    const fresh = await context.newPage();
    await fresh.goto(copied);
    await expect(fresh.locator('[data-allowlist-mode="address"] [data-verdict]')).toHaveAttribute(
      'data-verdict',
      'callback-source',
    );
    await fresh.close();
  });
});

test.describe('4. Firewall and server rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allowlist-e2e-'));
  const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

  /** Checks a snippet's syntax with its own tool where this machine has it. */
  function checkSyntax(id: SnippetId, code: string): void {
    const file = join(dir, `${id}.txt`);
    writeFileSync(file, code);
    if (id === 'iptables' || id === 'ufw' || id === 'aws') {
      expect(spawnSync('bash', ['-n', file]).status, `${id}: bash -n`).toBe(0);
    } else if (id === 'nftables' && has('nft')) {
      const result = spawnSync('nft', ['-c', '-f', file], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    } else if (id === 'nginx' && has('nginx')) {
      const conf = join(dir, 'nginx.conf');
      writeFileSync(
        conf,
        `pid ${dir}/n.pid;\nerror_log ${dir}/n.log;\nevents {}\nhttp {\n  server {\n${code}\n  }\n}\n`,
      );
      const result = spawnSync('nginx', ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    } else if (id === 'apache' && has('apache2')) {
      const conf = join(dir, 'httpd.conf');
      const mods = '/usr/lib/apache2/modules';
      writeFileSync(
        conf,
        `ServerRoot /usr/lib/apache2\nLoadModule mpm_event_module ${mods}/mod_mpm_event.so\nLoadModule authz_core_module ${mods}/mod_authz_core.so\nLoadModule authz_host_module ${mods}/mod_authz_host.so\nPidFile ${dir}/a.pid\nErrorLog ${dir}/a.log\nListen 127.0.0.1:48082\nServerName localhost\n${code}`,
      );
      const result = spawnSync('apache2', ['-t', '-f', conf], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
  }

  test('every tab shows rules generated from the data, in valid syntax; arrow keys switch tabs', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page, 'snippets');
    const first = page.getByRole('tab', { name: 'iptables' });
    await first.click();
    for (const [i, id] of snippetIds.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const panel = page.getByRole('tabpanel');
      await expect(panel).toHaveAttribute('data-snippet', id);
      await expect(page.getByRole('tab', { selected: true })).toBeFocused();
      await expect.poll(() => new URL(page.url()).searchParams.get('snippet') ?? 'iptables').toBe(id);
      const code = (await panel.locator('pre code').textContent()) ?? '';
      expect(code).toBe(buildSnippet(id).code);
      checkSyntax(id, code);
    }
    // End of the list wraps to the start; Home and End jump.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-snippet', 'iptables');
    await page.keyboard.press('End');
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-snippet', 'aws');
  });

  test('uses the callback path in the nginx rules and refuses an unsafe one', async ({ page }) => {
    await page.goto(`${TOOL}?snippet=nginx`);
    await hydrated(page, 'snippets');
    const path = page.getByLabel('Callback path');
    await path.fill('/shop/resurs/');
    await expect(page.getByRole('tabpanel').locator('pre')).toContainText('location /shop/resurs/ {');
    await path.fill('/x; deny all');
    await expect(page.getByText('Use only letters, digits')).toBeVisible();
    await expect(page.getByRole('tabpanel').locator('pre')).toContainText('location /resurs/callback/ {');
    await expect(path).toHaveValue('/x; deny all');
  });
});

test.describe('hostile input', () => {
  test('shows markup as text and runs no script', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
    await page.goto(`${TOOL}?ip=${encodeURIComponent('<script>alert(1)</script>\n<img src=x onerror=alert(2)>')}`);
    await hydrated(page, 'address');
    const mode = addressMode(page);
    await expect(mode.locator('[data-verdict="invalid"]').first()).toContainText('<script>alert');
    await expect(mode.locator('script, img')).toHaveCount(0);
    const url = await urlInput(page);
    await url.fill('javascript:alert(1)');
    await expect(urlMode(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unreachable');
    await expect(url).toHaveValue('javascript:alert(1)');
  });

  test('checks 10,000 lines without freezing and keeps them out of the link', async ({ page }) => {
    await page.goto(TOOL);
    const lines = Array.from({ length: 10_000 }, (_, i) => `51.21.${(i >> 8) & 255}.${i & 255}`).join('\n');
    const input = await addressInput(page);
    // A paste: one input event with the whole text (Playwright's fill() would type it key by key).
    await input.evaluate((el: HTMLTextAreaElement, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, lines);
    await expect(addressMode(page).getByRole('status').first()).toContainText('10,000 entries checked', {
      timeout: 15_000,
    });
    await expect(addressMode(page).locator('[data-link-too-long]')).toContainText(
      'Some of the input is too long for a link',
    );
    await expect(addressMode(page).locator('[data-verdict]')).toHaveCount(200);
    expect(new URL(page.url()).searchParams.has('ip')).toBe(false);
    // The page still answers: another section reacts to typing at once.
    const url = await urlInput(page);
    await url.fill('https://localhost/cb');
    await expect(urlMode(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unreachable');
  });

  test('reports control characters and an empty paste clearly', async ({ page }) => {
    await page.goto(`${TOOL}?ip=${encodeURIComponent(`${cloud.display}\u0000\u200b10.0.0.1`)}`);
    await hydrated(page, 'address');
    await expect(addressMode(page)).toContainText('2 control or invisible characters were treated as a separator.');
    await expect(addressMode(page).locator('[data-verdict]')).toHaveCount(2);
    const input = await addressInput(page);
    await input.fill('   ');
    await expect(addressMode(page).getByRole('status').first()).toHaveText('No addresses to check yet.');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows every section, its form and the default rules', async ({ page }) => {
    await page.goto(TOOL);
    for (const name of [
      '1. Is this address Resurs?',
      '2. Check my allowlist',
      '3. Can Resurs reach my callback URL?',
      '4. Firewall and server rules',
      "Resurs' addresses",
      'Machine-readable lists',
    ]) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByLabel('Addresses, blocks or log lines', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Callback URL or URI template', { exact: true })).toBeVisible();
    await expect(page.getByRole('tabpanel').locator('pre')).toContainText(
      `iptables -I INPUT -p tcp -s ${firstBlock.cidr}`,
    );
    await expect(page.getByRole('link', { name: '/ips.json' })).toBeVisible();
    // The table of sources is rendered from the data, every one of them.
    await expect(page.locator('[data-resurs-sources] tbody tr')).toHaveCount(
      currentOwnedBlockList.entries.length + currentCallbackSourceList.entries.length,
    );
  });
});

test.describe('machine-readable lists', () => {
  test('/ips.json and the plain lists are served from the same data', async ({ request }) => {
    const json = await (await request.get('ips.json')).json();
    expect(json.schemaVersion).toBe(1);
    expect(json.lists.map((l: { id: string }) => l.id)).toEqual([
      currentOwnedBlockList.id,
      currentCallbackSourceList.id,
    ]);
    expect(json.schema.ipv4).toContain('/ips-v4.txt');
    const text = await (await request.get('ips-v4.txt')).text();
    expect(text).toBe(`${json.ipv4.join('\n')}\n`);
    for (const file of Object.keys(json.plainLists)) {
      const response = await request.get(file);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/plain');
    }
  });
});

test.describe('embedded in the FAQ', () => {
  test('the firewall answer checks an allowlist without touching the FAQ URL and links to the full tool', async ({
    page,
  }) => {
    await page.goto('faq/#how-do-i-configure-my-firewall-network');
    await hydrated(page, 'allowlist', '[data-faq-entry="how-do-i-configure-my-firewall-network"]');
    const embed = page.locator(
      '[data-faq-entry="how-do-i-configure-my-firewall-network"] [data-allowlist-mode="allowlist"]',
    );
    const input = embed.getByLabel('Your allowlist', { exact: true });
    await input.scrollIntoViewIfNeeded();
    await input.fill(firstBlock.cidr);
    await expect(embed.locator('[data-allowlist-status]')).toHaveAttribute('data-allowlist-status', 'drops-callbacks');
    expect(new URL(page.url()).search).toBe('');
    const link = embed.getByRole('link', { name: 'Open in the full tool' });
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`tools/allowlist/\\?allowlist=${escapeRegExp(encodeURIComponent(firstBlock.cidr))}#allowlist$`),
    );
    await link.click();
    await expect(page.locator('[data-allowlist-mode="allowlist"] [data-allowlist-status]')).toHaveAttribute(
      'data-allowlist-status',
      'drops-callbacks',
    );
  });

  test('"Local networks / Hosts" checks an address and "Visualization of the above" checks a URL', async ({ page }) => {
    await page.goto('faq/#local-networks-hosts');
    await hydrated(page, 'address', '[data-faq-entry="local-networks-hosts"]');
    const address = page.locator('[data-faq-entry="local-networks-hosts"] [data-allowlist-mode="address"]');
    const input = address.getByLabel('Addresses, blocks or log lines', { exact: true });
    await input.scrollIntoViewIfNeeded();
    await input.fill('172.20.0.5');
    await expect(address.locator('[data-verdict]')).toContainText('RFC 1918');
    const checklist = page.locator('[data-faq-entry="visualization-of-the-above"] [data-allowlist-mode="url"]');
    await hydrated(page, 'url', '[data-faq-entry="visualization-of-the-above"]');
    const url = checklist.getByLabel('Callback URL or URI template', { exact: true });
    await url.fill('https://shop.local/cb?paymentId={paymentId}');
    await expect(checklist.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unreachable');
    await expect(checklist.locator('[data-check="local-name"]')).toHaveAttribute('data-status', 'fail');
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('accessibility', () => {
  const state = new URLSearchParams({
    ip: `${callbackSourceTargets[0]!.display}\n${widened(firstBlock, firstBlockPrefix - 1)}\n10.0.0.1\n010.1.1.1`,
    allowlist: `${firstBlock.cidr}\n${widened(cloud, 13)}\n${firstBlock.cidr}`,
    url: 'http://localhost:8080/cb#x',
    snippet: 'apache',
  });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds no violation on the tool page with results, ${scheme}, ${width} px`, async ({ page }) => {
        await useColorScheme(page, scheme);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${TOOL}?${state}`);
        // Hydrate every island, then wait for their results.
        for (const mode of ['address', 'allowlist', 'url', 'snippets'] as const) await hydrated(page, mode);
        await expect(urlMode(page).locator('[data-check]').first()).toBeVisible();
        await expect(allowlistMode(page).locator('[data-coverage]').first()).toBeAttached();
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectNoAxeViolations(page, `${TOOL} ${scheme} ${width}`);
      });
    }
  }

  test('axe finds no violation in the embedded variants on the FAQ', async ({ page }) => {
    await page.goto('faq/');
    await hydrated(page, 'allowlist', '[data-faq-entry="how-do-i-configure-my-firewall-network"]');
    await hydrated(page, 'address', '[data-faq-entry="local-networks-hosts"]');
    await hydrated(page, 'url', '[data-faq-entry="visualization-of-the-above"]');
    const results = await new AxeBuilder({ page }).include('[data-allowlist-mode]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
