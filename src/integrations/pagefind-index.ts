import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the Pagefind search index into `<outDir>/pagefind` after every static build. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
