// Types the site's own client directives for .astro files (see src/integrations/client-directives.ts).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:needed'?: boolean;
  }
}
