/**
 * The site's public address: the one place every absolute URL (canonical and OpenGraph tags, the
 * sitemap, robots.txt, the Markdown files, llms.txt, copied answers) comes from. astro.config.mjs
 * reads it once and hands it to Astro as `site`; pages and endpoints use Astro's copy.
 */

/** The address `npm start` serves the built site on: the default for local builds. */
export const localSiteUrl = 'http://127.0.0.1:4321';

/** The environment variables the site address depends on. */
export interface SiteUrlEnv {
  /** The public URL of the deployment, e.g. https://example.com (the base path is separate). */
  SITE_URL?: string | undefined;
  /** Set by build hosts and CI services (Netlify, Cloudflare Pages, Vercel, GitHub Actions, GitLab). */
  CI?: string | undefined;
}

/** A resolved site address; `local` says it is the local default, not a deployment's. */
export type SiteUrlResult = { ok: true; value: string; local: boolean } | { ok: false; error: string };

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * The site's origin (scheme, host and port, no trailing slash) from the
 * environment. Without SITE_URL a build is local and gets `localSiteUrl`, except on a build host
 * (CI set), where it is an error: a deployment must not publish links to 127.0.0.1.
 * Never throws: a malformed SITE_URL is an error result with the reason.
 */
export function resolveSiteUrl(env: SiteUrlEnv): SiteUrlResult {
  const raw = env.SITE_URL?.trim() ?? '';
  if (raw === '') {
    if (isTruthy(env.CI)) {
      return {
        ok: false,
        error:
          'site-url: SITE_URL is not set. A deploy build needs the public address for canonical links, the sitemap, ' +
          'llms.txt and copied answers: SITE_URL=https://example.com npm run build. ' +
          `(A local build in CI, for the tests, can use SITE_URL=${localSiteUrl}.)`,
      };
    }
    return { ok: true, value: localSiteUrl, local: true };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: `site-url: SITE_URL "${raw.slice(0, 200)}" is not a URL; use e.g. https://example.com` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `site-url: SITE_URL must start with https:// (or http://), not ${url.protocol}` };
  }
  if (url.username || url.password || url.search || url.hash) {
    return {
      ok: false,
      error: 'site-url: SITE_URL must be a plain address, without a user name, password, query or #fragment',
    };
  }
  if (url.pathname !== '/') {
    return {
      ok: false,
      error: `site-url: SITE_URL must be the origin only (${url.origin}); set the sub-path as BASE_PATH=${url.pathname}`,
    };
  }
  return { ok: true, value: url.origin, local: false };
}
