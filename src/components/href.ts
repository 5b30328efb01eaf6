import { joinBase } from '../lib/site/paths.ts';

/** A root-relative site path with the configured base path in front ('/faq/' → '/help/faq/'). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a root-relative site path, for canonical and OpenGraph tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://127.0.0.1:4322').toString();
}
