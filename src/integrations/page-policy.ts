import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tightenPagePolicy } from '../lib/site/csp.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** After the build, keeps in each page's <meta> policy only the hashes of that page's inline elements. */
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
          const tightened = tightenPagePolicy(readFileSync(file, 'utf8'), sha256);
          if (tightened.dropped === 0) continue;
          writeFileSync(file, tightened.html);
          pages++;
          dropped += tightened.dropped;
        }
        logger.info(`dropped ${dropped} hashes other pages need from the policies of ${pages} pages`);
      },
    },
  };
}
