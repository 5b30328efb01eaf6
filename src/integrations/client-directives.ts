import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Adds the site's own client directive, `client:needed` (src/directives/needed.ts). */
export default function clientDirectives(): AstroIntegration {
  return {
    name: 'client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'needed',
          entrypoint: fileURLToPath(new URL('../directives/needed.ts', import.meta.url)),
        });
      },
    },
  };
}
