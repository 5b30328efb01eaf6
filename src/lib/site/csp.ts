// Each page's <meta> content security policy, tightened to that page. Astro writes one list of
// hashes into every page: every inline script and stylesheet of the whole site (each page's inlined
// CSS among them). A page needs only the hashes of its own inline elements; the rest is weight it
// sends before its first paint and permission it does not need. src/integrations/page-policy.ts
// applies this to every built page.

/** Computes a CSP hash source ('sha256-…') of an inline element's exact text. */
export type HashSource = (text: string) => string;

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const inlineScript = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const hashToken = /^'sha(?:256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The hash sources of a page's inline scripts and stylesheets. */
export function inlineHashes(html: string, hash: HashSource): { scripts: Set<string>; styles: Set<string> } {
  const all = (pattern: RegExp) => new Set([...html.matchAll(pattern)].map((match) => `'${hash(match[1] ?? '')}'`));
  return { scripts: all(inlineScript), styles: all(inlineStyle) };
}

/**
 * Removes from the page's <meta> policy every script-src and style-src hash that matches none of the
 * page's own inline elements, and adds the hashes of `added`: inline scripts the build put into the
 * page after Astro wrote the policy. Everything else in the policy stays as written. A page without
 * a <meta> policy is returned unchanged.
 */
export function tightenPagePolicy(
  html: string,
  hash: HashSource,
  added: readonly string[] = [],
): { html: string; dropped: number } {
  const meta = metaPolicy.exec(html);
  if (!meta) return { html, dropped: 0 };
  const own = inlineHashes(html, hash);
  let dropped = 0;
  const directives = (meta[1] ?? '').split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    const keep = name === 'script-src' ? own.scripts : name === 'style-src' ? own.styles : null;
    if (!keep) return directive;
    const kept = sources.filter((source) => !hashToken.test(source) || keep.has(source));
    dropped += sources.length - kept.length;
    if (name === 'script-src') {
      for (const text of added) {
        const source = `'${hash(text)}'`;
        if (own.scripts.has(source) && !kept.includes(source)) kept.push(source);
      }
    }
    return ` ${[name, ...kept].join(' ')}`;
  });
  const policy = directives.join(';');
  return { html: html.replace(meta[0], meta[0].replace(meta[1] ?? '', policy)), dropped };
}
