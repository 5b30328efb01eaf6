import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { Page } from '@playwright/test';
import { sitePages } from '../../src/data/pages.ts';
import { toolLabels } from '../../src/lib/faq/answer-copy.ts';
import { urlParams as orderLineParams } from '../../src/lib/order-lines/url-codec.ts';
import { inlineHashes } from '../../src/lib/site/csp.ts';
import { filesMatching, htmlFiles } from './link-check.ts';
import { expect, fakeChangedTool, hydrateAllIslands, readClipboard, test } from './test-utils.ts';

// Every tool's URL parameters and inputs are untrusted. Hostile values must never run script,
// never change anything outside the tool, and always leave the tool showing something sensible.

/** The URL parameters each tool reads; the first is its main free-text input. */
const toolParams: Record<string, readonly string[]> = {
  'tools/allowlist/': ['ip', 'allowlist', 'url', 'snippet', 'path'],
  'tools/order-lines/': ['src', ...orderLineParams.filter((p) => p !== 'src')],
  'tools/magento-email/': ['mode', 'cli', 'dir', 'user', 'service', 'lock', 'limit'],
  'tools/callbacks/': [
    'template',
    'node',
    'scenario',
    'step',
    'problem',
    'duration',
    'unit',
    'never',
    'answer',
    'status',
    'event',
    'paymentId',
    'result',
    'param1',
    'algorithm',
    'salt',
    'received',
    'diagnose',
    'replayUser',
    'replayScenario',
    'firstAttempt',
    'zone',
  ],
  'search/': ['q', 'literal'],
};

const payloads: [name: string, value: string][] = [
  ['an <img onerror> tag', '<img src=x onerror="window.__pwned=1">'],
  ['a javascript: URL', 'javascript:window.__pwned=1//'],
  ['an attribute break-out', '"><svg onload="window.__pwned=1"><x y="'],
  ['a script tag', '</textarea><script>window.__pwned=1</script>'],
  ['binary and control characters', '\u0000\u0001\u0007\u001b[31m\u202e\ufffe\ud800 %00 %ff'],
];

/** Evidence that injected markup or script took effect anywhere on the page. */
async function injectionEvidence(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    injectedSvgs: document.querySelectorAll('svg[onload], x[y]').length,
    inlineHandlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`),
    ),
    javascriptLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\s*javascript:/i.test(href)),
  }));
}

/** The parts of the page no tool may change: header, footer, title. */
async function frame(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    header: document.querySelector('.site-header nav')?.outerHTML ?? '',
    footer: document.querySelector('.site-footer')?.outerHTML ?? '',
  }));
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  await hydrateAllIslands(page);
}

const noEvidence = { pwned: null, injectedImages: 0, injectedSvgs: 0, inlineHandlers: [], javascriptLinks: [] };

for (const [path, params] of Object.entries(toolParams)) {
  test.describe(`/${path} with hostile input`, () => {
    test.slow();

    for (const [name, value] of payloads) {
      test(`${name} in every URL parameter runs nothing and changes nothing outside the tool`, async ({ page }) => {
        page.on('dialog', (dialog) => {
          throw new Error(`a dialog opened: ${dialog.message()}`);
        });
        await page.goto(path);
        await settle(page);
        const before = await frame(page);

        const query = new URLSearchParams(params.map((p) => [p, value]));
        await page.goto(`${path}?${query}`);
        await settle(page);
        expect(await injectionEvidence(page)).toEqual(noEvidence);
        expect(await frame(page)).toEqual(before);
        // The tool still shows itself: its main content is there, not a blank page.
        expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      });
    }

    test('a very long value in the main input is kept and runs nothing', async ({ page }) => {
      // Long enough to stress the tool, short enough for a server's URL limit (16 KB in Node).
      const long = `${'9'.repeat(12_000)}<img src=x onerror="window.__pwned=1">`;
      await page.goto(`${path}?${new URLSearchParams([[params[0]!, long]])}`);
      await settle(page);
      expect(await injectionEvidence(page)).toEqual(noEvidence);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    });

    test('hostile text typed into every field runs nothing and is kept as typed', async ({ page }) => {
      await page.goto(path);
      await settle(page);
      const before = await frame(page);
      const fields = page
        .locator('main')
        .locator(
          'input[type="text"]:visible, input[type="search"]:visible, input:not([type]):visible, textarea:visible',
        );
      expect(await fields.count()).toBeGreaterThan(0);
      const typed = '"><img src=x onerror="window.__pwned=1">';
      // Typing may show or hide fields, so the list is read again after each one.
      for (let i = 0; i < (await fields.count()); i++) {
        const field = fields.nth(i);
        if (!(await field.isEditable({ timeout: 2_000 }).catch(() => false))) continue;
        await field.fill(typed);
        await expect(field).toHaveValue(typed);
      }
      await page.waitForTimeout(400);
      expect(await injectionEvidence(page)).toEqual(noEvidence);
      expect(await frame(page)).toEqual(before);
    });
  });
}

// An embedded tool's data-tool-verdict and data-tool-href carry what the reader typed: Copy answer
// must neither run them nor put a foreign or script link into the copy.
test.describe('Copy answer with a hostile tool result', () => {
  for (const [name, value] of payloads) {
    test(`${name} as verdict and link runs nothing and copies no foreign link`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('faq/');
      await fakeChangedTool(page, 'when-i-add-discount-in-hosted-flow', value, value);
      await page
        .locator('[data-faq-entry="when-i-add-discount-in-hosted-flow"]')
        .getByRole('button', { name: 'Copy answer', exact: true })
        .click();
      await expect(page.locator('#site-status')).toContainText('Answer copied');
      const copied = await readClipboard(page);
      // None of the payloads is a link on this site, so the tool's lines are left out altogether.
      expect(copied.text).not.toContain(toolLabels.link);
      expect(copied.html).not.toMatch(/<(?:img|svg|script)\b|\son\w+=|href="javascript:/i);
      expect(await injectionEvidence(page)).toEqual(noEvidence);
    });
  }
});

/** public/_headers as rules: a path pattern (Netlify and Cloudflare Pages syntax, `*` for any rest) and its headers. */
const headerRules: { path: string; headers: Record<string, string> }[] = [];
for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  if (!/^\s/.test(line)) headerRules.push({ path: line.trim(), headers: {} });
  else {
    const at = line.indexOf(':');
    headerRules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
}

/** The rules that apply to a URL path. */
const rulesFor = (path: string) =>
  headerRules.filter((rule) =>
    new RegExp(`^${rule.path.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
  );

test.describe('security headers', () => {
  // The `/*` rule of public/_headers, as a static host would send it, on top of each page's <meta> policy.
  const headers = headerRules.find((rule) => rule.path === '/*')?.headers ?? {};

  test('public/_headers sets the required headers', () => {
    expect(Object.keys(headers).sort()).toEqual(
      [
        'Content-Security-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ].sort(),
    );
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    // A header policy without the pages' hashes must leave scripts and styles to the <meta> policy.
    expect(headers['Content-Security-Policy']).not.toMatch(/(default|script|style)-src/);
  });

  for (const path of sitePages) {
    test(`${path} works under the header policy and its own <meta> policy together`, async ({ page }) => {
      await page.route('**/*', async (route) => {
        if (new URL(route.request().url()).hostname !== '127.0.0.1') return route.fallback();
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      });
      await page.goto(path.slice(1));
      await settle(page);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
        'content',
        /script-src 'self' 'wasm-unsafe-eval'/,
      );
    });
  }

  test('hashed assets are cached for a year, pages revalidated, and no path gets two Cache-Control rules', () => {
    const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
    const url = (file: string) => `/${file.split(sep).join('/')}`;
    const cacheRules = (path: string) => rulesFor(path).filter((rule) => rule.headers['Cache-Control']);
    const assets = filesMatching(`${outDir}/_astro`, () => true).map((file) => `/_astro/${url(file).slice(1)}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const path of assets) {
      // Immutable is only safe for names that change with the content.
      expect(path, 'an asset without a content hash in its name').toMatch(/\.[\w-]{8}\.(?:js|css|wasm|svg|png|woff2)$/);
      expect(cacheRules(path).map((rule) => rule.headers['Cache-Control'])).toEqual([
        'public, max-age=31536000, immutable',
      ]);
    }
    const pages = htmlFiles(outDir).map((file) => url(file).replace(/index\.html$/, ''));
    expect(pages).toContain('/faq/');
    for (const path of pages) {
      expect(
        cacheRules(path).map((rule) => rule.headers['Cache-Control']),
        path,
      ).toEqual(['public, max-age=0, must-revalidate']);
    }
  });

  test('each page’s <meta> policy allows only its own inline scripts and stylesheets', () => {
    const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
    const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readFileSync(`${outDir}/${file}`, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      const own = inlineHashes(html, sha256);
      for (const directive of (policy ?? '').split(';').map((d) => d.trim().split(/\s+/))) {
        const allowed = directive[0] === 'script-src' ? own.scripts : directive[0] === 'style-src' ? own.styles : null;
        if (!allowed) continue;
        const hashes = directive.filter((source) => source.startsWith("'sha"));
        expect(
          hashes.filter((h) => !allowed.has(h)),
          `${file}: ${directive[0]} hashes of no inline element`,
        ).toEqual([]);
        // Every inline element of the page is allowed (else it would be blocked).
        expect(
          [...allowed].filter((h) => !hashes.includes(h)),
          `${file}: inline ${directive[0]} not allowed`,
        ).toEqual([]);
      }
    }
  });

  test('Copy answer works under both policies (it fetches the answer’s .md from the site)', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.route('**/*', async (route) => {
      if (new URL(route.request().url()).hostname !== '127.0.0.1') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
    await page.goto('faq/');
    await page
      .locator('[data-faq-entry="are-you-using-ngrok"]')
      .getByRole('button', { name: 'Copy answer', exact: true })
      .click();
    await expect(page.locator('#site-status')).toHaveText('Answer copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('# Are you using ngrok?');
  });

  test('search works under both policies (Pagefind worker and WebAssembly)', async ({ page }) => {
    await page.route('**/*', async (route) => {
      if (new URL(route.request().url()).hostname !== '127.0.0.1') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
    await page.goto('search/?q=ngrok');
    await settle(page);
    await expect(page.locator('#search-page-results [role="option"]').first()).toContainText(/ngrok/i);
  });
});
