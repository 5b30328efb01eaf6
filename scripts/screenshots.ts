// Takes screenshots of pages at phone and desktop widths, light and dark, into screenshots/.
// Usage: npm run screenshots -- [/path/ ...]   (needs a running `npm run preview` on PORT, default 4322)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.ts';

const port = process.env.PORT ?? '4322';
const base = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/faq/'];
const widths = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
for (const path of paths) {
  for (const size of widths) {
    for (const scheme of schemes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = `screenshots/${slug}-${size.name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
