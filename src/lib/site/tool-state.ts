/**
 * The one state contract of the tools: how a tool's state is read from and written to a URL, and
 * how long a link may be. Every tool and every FAQ embed goes through this module (via the
 * `useToolState` hook and the `ToolShare` component); no tool writes query strings of its own.
 *
 * A tool's URL state is a flat record of strings, one per query parameter the tool owns. A value
 * equal to its default is left out of the URL, so a tool showing its defaults has a bare link; any
 * other value (an empty one too) is written. Parameters the tool does not own are left as they are,
 * so several tools can share one page's URL.
 *
 * Nothing here throws, whatever the strings: lone surrogates, an emoji cut in half, `%` garbage,
 * 100 KB values.
 */

/**
 * The link-length policy, in characters of the whole URL.
 * - Above `warnAbove`, many e-mail and chat tools cut or break a link: the share area says so.
 * - Above `maxUrl`, common web servers refuse the request (nginx's default header buffer is 8 KB,
 *   Apache's LimitRequestLine 8,190 bytes), so a reload would fail: the longest values are kept out
 *   of the address bar until the URL fits (the page keeps them, and a reload restores them from
 *   the history entry, see `useToolState`).
 */
import { wellFormed } from './text.ts';

export const linkPolicy = { warnAbove: 2000, maxUrl: 8000 } as const;

/** A tool's URL state: one string per query parameter it owns. */
export type ToolParams<K extends string> = Record<K, string>;

/**
 * The values of `keys` in a query string ('?a=1&b=2' or 'a=1&b=2'); keys that are absent are
 * absent from the result. Malformed percent escapes are read as the browser reads them. Never throws.
 */
export function readParams<K extends string>(search: string, keys: readonly K[]): Partial<ToolParams<K>> {
  const found: Partial<ToolParams<K>> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(wellFormed(String(search)));
  } catch {
    return found;
  }
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) found[key] = wellFormed(value);
  }
  return found;
}

/** A link written by {@link writeParams}. */
export interface ToolLink<K extends string> {
  /** The link: absolute if the input was, otherwise root-relative. */
  href: string;
  /** Owned parameters that differ from their default but were kept out of the link for length. */
  omitted: K[];
  /** The link's length in characters. */
  length: number;
  /** Longer than {@link linkPolicy}.warnAbove: likely to be cut by mail and chat tools. */
  long: boolean;
}

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;
const placeholderOrigin = 'http://tool.invalid';

/**
 * `href` with the owned parameters set from `values`: values equal to `defaults` are removed,
 * others written (in the order of `defaults`), the longest dropped until the URL is at most
 * `maxUrl` characters; parameters not in `defaults` and the fragment are kept, unless `hash` is
 * given ('' removes it). `extraLength` is added to the measured length (the origin, for a
 * root-relative link). An unparsable `href` is returned as it is. Never throws.
 */
export function writeParams<K extends string>(
  href: string,
  values: ToolParams<K>,
  defaults: ToolParams<K>,
  options: { hash?: string; extraLength?: number; maxUrl?: number } = {},
): ToolLink<K> {
  const maxUrl = options.maxUrl ?? linkPolicy.maxUrl;
  const extra = options.extraLength ?? 0;
  const absolute = hasScheme.test(href);
  let url: URL;
  try {
    url = new URL(wellFormed(href), absolute ? undefined : placeholderOrigin);
  } catch {
    return { href, omitted: [], length: href.length + extra, long: href.length + extra > linkPolicy.warnAbove };
  }
  if (options.hash !== undefined) url.hash = options.hash;
  const keys = Object.keys(defaults) as K[];
  const changed = keys.filter((key) => (values[key] ?? defaults[key]) !== defaults[key]);
  const omitted: K[] = [];
  const render = () => {
    for (const key of keys) url.searchParams.delete(key);
    for (const key of changed) if (!omitted.includes(key)) url.searchParams.set(key, wellFormed(values[key]));
    const text = url.toString();
    return absolute ? text : text.slice(placeholderOrigin.length);
  };
  let text = render();
  // Drop the longest values first: one huge paste should not push the small fields out.
  const bySize = [...changed].sort((a, b) => values[b].length - values[a].length);
  while (text.length + extra > maxUrl && bySize.length > 0) {
    omitted.push(bySize.shift() as K);
    text = render();
  }
  const length = text.length + extra;
  return { href: text, omitted, length, long: length > linkPolicy.warnAbove };
}

/** The values of `params` over `defaults`: what a tool shows for a URL. Never throws. */
export function withDefaults<K extends string>(defaults: ToolParams<K>, params: Partial<ToolParams<K>>): ToolParams<K> {
  return { ...defaults, ...params };
}
