import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tightenPagePolicy } from '../lib/site/csp.ts';
import { deferToLoad } from '../lib/site/defer-scripts.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The last pass over the built pages: the site's script is fetched after the load event
 * (src/lib/site/defer-scripts.ts), and each page's <meta> policy keeps only the hashes of that
 * page's inline elements (src/lib/site/csp.ts), the after-load import among them.
 */
export default function pagePolicy(): AstroIntegration {
  return {
    name: 'page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let pages = 0;
        let dropped = 0;
        for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const original = readFileSync(file, 'utf8');
          const deferred = deferToLoad(original);
          const tightened = tightenPagePolicy(deferred.html, sha256, deferred.inline);
          if (tightened.html === original) continue;
          writeFileSync(file, tightened.html);
          pages++;
          dropped += tightened.dropped;
        }
        logger.info(
          `${pages} pages: script after the load event, ${dropped} hashes other pages need dropped from their policies`,
        );
      },
    },
  };
}
