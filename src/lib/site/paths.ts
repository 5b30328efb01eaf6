/**
 * Joins the site's base path and a root-relative path: joinBase('/help/', '/faq/#x') is
 * '/help/faq/#x'. Paths that are not root-relative (absolute URLs, 'mailto:', '#x', '//host')
 * are returned unchanged. Never throws.
 */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path}`;
}

/** Whether a link leaves the site (http(s) or protocol-relative URL). Never throws. */
export function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href);
}
