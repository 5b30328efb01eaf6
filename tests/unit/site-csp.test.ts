import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, tightenPagePolicy } from '../../src/lib/site/csp.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const src = (text: string) => `'${sha256(text)}'`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';
const sourcesOf = (html: string, directive: string) =>
  policyOf(html)
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

const ownScript = 'document.documentElement.classList.add("js")';
const ownStyle = ':root{color:red}';
const page = (scriptSources: string[], styleSources: string[], body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${scriptSources.join(' ')}; style-src 'self' ${styleSources.join(' ')};"><script>${ownScript}</script><style>${ownStyle}</style><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;

describe('inlineHashes', () => {
  it('hashes the exact text of inline scripts and styles, never a script with src', () => {
    const found = inlineHashes(page([], []), sha256);
    expect([...found.scripts]).toEqual([src(ownScript)]);
    expect([...found.styles]).toEqual([src(ownStyle)]);
  });
});

describe('tightenPagePolicy', () => {
  // [what, script-src hashes in the policy, style-src hashes in the policy, body, expected kept script/style hashes]
  const other = [src('other page script'), src('another')];
  const cases: [string, string[], string[], string, string[], string[]][] = [
    [
      'drops the other pages’ hashes, keeps its own',
      [src(ownScript), ...other],
      [src(ownStyle), other[0]!],
      '',
      [src(ownScript)],
      [src(ownStyle)],
    ],
    [
      'keeps a hash of an inline script in the body',
      [src(ownScript), src('b()')],
      [],
      '<script>b()</script>',
      [src(ownScript), src('b()')],
      [],
    ],
    ['keeps what is already tight as it is', [src(ownScript)], [src(ownStyle)], '', [src(ownScript)], [src(ownStyle)]],
    ['does not add a hash the policy did not allow', [], [], '', [], []],
  ];
  for (const [what, scripts, styles, body, keptScripts, keptStyles] of cases) {
    it(what, () => {
      const html = page(scripts, styles, body);
      const result = tightenPagePolicy(html, sha256);
      expect(sourcesOf(result.html, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...keptScripts]);
      expect(sourcesOf(result.html, 'style-src')).toEqual(["'self'", ...keptStyles]);
      expect(result.dropped).toBe(scripts.length + styles.length - keptScripts.length - keptStyles.length);
      // Everything but the policy is as it was.
      expect(result.html.replace(policyOf(result.html), '')).toBe(html.replace(policyOf(html), ''));
      expect(policyOf(result.html)).toContain("default-src 'self';object-src 'none';");
    });
  }

  it('allows an inline script the build added, once, and only if the page holds it', () => {
    const added = 'addEventListener("load",()=>import("/_astro/x.js"),{once:true})';
    const html = page([src(ownScript)], [], `<script>${added}</script>`);
    const result = tightenPagePolicy(html, sha256, [added, added, 'not on the page']);
    expect(sourcesOf(result.html, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", src(ownScript), src(added)]);
  });

  it('leaves a page without a <meta> policy unchanged', () => {
    const html = '<html><head><script>x()</script></head></html>';
    expect(tightenPagePolicy(html, sha256)).toEqual({ html, dropped: 0 });
  });
});
