import { sitePages } from '../../src/data/pages.ts';
import { exampleById } from '../../src/lib/order-lines/examples.ts';
import { encodeState } from '../../src/lib/order-lines/url-codec.ts';
import { expectNoAxeViolations, hydrateAllIslands, test } from './test-utils.ts';

// axe over every page of the sitemap, at phone and desktop width, light and dark, with every tool
// filled in (findings, errors and results on screen), and with every island hydrated.

const discount = exampleById('hosted-discount');
const filledIn: Record<string, string> = {
  '/search/': '?q=callback+firewall',
  '/tools/allowlist/': `?${new URLSearchParams({
    ip: '192.121.110.5\n13.50.187.51\n010.1.1.1\n2001:db8::1\n192.121.110.0/23',
    allowlist: '192.121.110.0/24\n10.0.0.0/8\n0.0.0.0/0',
    url: 'http://my-dev.localhost:8080/callback?id={paymentId}&digest={digest}',
  })}`,
  '/tools/order-lines/': `?${new URLSearchParams(
    Object.entries(
      encodeState({ spec: discount.spec, flow: discount.flow, country: discount.country, shape: null, source: '' }),
    ).filter(([, value]) => value !== ''),
  )}`,
  '/tools/magento-email/': `?${new URLSearchParams({ mode: 'async', cli: 'sudo', user: '', dir: '/var/www/magento', lock: 'env' })}`,
  '/tools/callbacks/': '?scenario=frozen-annulled&step=3&node=ANNULMENT&problem=down&duration=40&unit=h',
};

for (const path of sitePages) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violation on ${path} at ${width} px, ${scheme}`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${path.slice(1)}${filledIn[path] ?? ''}`);
        await page.waitForLoadState('networkidle');
        await hydrateAllIslands(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        // Let colour transitions finish so contrast is measured on final colours.
        await page.waitForTimeout(300);
        await expectNoAxeViolations(page, `${path} ${width}px ${scheme}`);
      });
    }
  }
}
