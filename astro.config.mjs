// @ts-check

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { transformSync } from 'esbuild';
import clientDirectives from './src/integrations/client-directives.ts';
import pagePolicy from './src/integrations/page-policy.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { resolveSiteUrl } from './src/lib/site/site-url.ts';

/*
 * Deployment settings come from the environment so the same source can be served at a domain
 * root or under a sub-path:
 *   SITE_URL=https://example.com BASE_PATH=/help/faq-site/ npm run build
 * Without SITE_URL a build is local (http://127.0.0.1:4321, where `npm start` serves it); on a build
 * host (CI set) a missing SITE_URL stops the build (src/lib/site/site-url.ts).
 * ASTRO_OUT_DIR lets parallel builds (tests, benchmarks) write to separate folders.
 */
const siteUrl = resolveSiteUrl(process.env);
if (!siteUrl.ok) throw new Error(siteUrl.error);
const site = siteUrl.value;
const base = process.env.BASE_PATH ?? '/';
// Inlined by BaseLayout before first paint, minified (every page ships it), as `import.meta.env.THEME_INIT`;
// the policy allows exactly this text.
const themeInit = transformSync(readFileSync(new URL('./src/scripts/theme-init.inline.js', import.meta.url), 'utf8'), {
  minify: true,
  loader: 'js',
}).code.trim();
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), clientDirectives(), pagefindIndex(), pagePolicy()],
  markdown: {
    processor: satteri({ features: { headingAttributes: true } }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // Scripts ship as files, never inline, so an HTTP CSP header ('self' plus the WASM allowance) covers them.
  vite: { build: { assetsInlineLimit: 0 }, define: { 'import.meta.env.THEME_INIT': JSON.stringify(themeInit) } },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
});
