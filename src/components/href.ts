import { joinBase } from '../lib/site/paths.ts';

/** A root-relative site path with the configured base path in front ('/faq/' → '/help/faq/'). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The absolute URL of a root-relative site path ('/faq/' → 'https://example.com/help/faq/'), on the
 * site address astro.config.mjs resolved (src/lib/site/site-url.ts): the only source of absolute URLs.
 */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
