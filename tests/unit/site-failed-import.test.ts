import { describe, expect, it } from 'vitest';
import { failedImportUrl, retryImportUrl } from '../../src/lib/site/failed-import.ts';

const origin = 'https://faq.example.com';
const chunk = `${origin}/help/_astro/OrderLinesEmbed.B3x_9aQ1.js`;

describe('failedImportUrl', () => {
  // [what the browser said, the URL to retry]
  const cases: [string, unknown, string | null][] = [
    ['Chromium', new TypeError(`Failed to fetch dynamically imported module: ${chunk}`), chunk],
    ['Firefox', new TypeError(`error loading dynamically imported module: ${chunk}`), chunk],
    ['Safari names no module', new TypeError('Importing a module script failed.'), null],
    [
      'a retry already carries a query',
      new TypeError(`Failed to fetch dynamically imported module: ${chunk}?retry=1`),
      `${chunk}?retry=1`,
    ],
    [
      'another origin is never imported',
      new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
      null,
    ],
    ['not an error', { message: chunk }, null],
    ['a stylesheet is not a module', new Error(`stylesheet ${origin}/_astro/a.css did not load`), null],
    ['a broken URL is skipped', new TypeError(`http://[::1.js then ${chunk}`), chunk],
  ];
  for (const [what, error, expected] of cases) {
    it(what, () => expect(failedImportUrl(error, origin)).toBe(expected));
  }
});

describe('retryImportUrl', () => {
  it('adds or replaces the retry query, keeping the path', () => {
    expect(retryImportUrl(chunk, 1)).toBe(`${chunk}?retry=1`);
    expect(retryImportUrl(`${chunk}?retry=1`, 2)).toBe(`${chunk}?retry=2`);
  });
});
