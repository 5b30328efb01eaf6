// Renders a Preact view that the page did not server-render: an FAQ embed when the reader gets near
// it (lazy-embeds.ts), the search box when the search dialog first opens (search-dialog.ts). The
// view's code and its stylesheet are fetched on demand, so pages that never use them do not pay.

import type { ComponentType } from 'preact';
import { failedImportUrl, retryImportUrl } from '../lib/site/failed-import.ts';

/** A view to mount: its module (default export) and the URLs of its stylesheets (`?url` imports), those the page lacks. */
export interface LazyView {
  load: () => Promise<{ default: unknown }>;
  css?: readonly string[];
}

const stylesheets = new Map<string, Promise<void>>();
/** Views whose module failed to fetch: the URL the browser named, and how often it was retried. */
const failed = new WeakMap<LazyView, { url: string; attempts: number }>();

/** Imports the view's module; after a failed fetch, its URL anew (see src/lib/site/failed-import.ts). */
function loadView(view: LazyView): Promise<{ default: unknown }> {
  const retry = failed.get(view);
  if (!retry) return view.load();
  retry.attempts++;
  return import(/* @vite-ignore */ retryImportUrl(retry.url, retry.attempts));
}

/** Links a stylesheet once per page and resolves when it has loaded, so a view never shows unstyled. */
export function loadStylesheet(url: string): Promise<void> {
  let loading = stylesheets.get(url);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url;
      link.onload = () => resolve();
      link.onerror = () => {
        link.remove();
        stylesheets.delete(url);
        reject(new Error(`stylesheet ${url} did not load`));
      };
      document.head.append(link);
    });
    stylesheets.set(url, loading);
  }
  return loading;
}

/**
 * Fetches the view and its stylesheet, then renders it as `host`'s only child, replacing what the
 * host held (a placeholder) within one task: no frame shows an empty box, and the view's layout
 * effects run attached. `props` is read once everything has arrived, so it can take what the
 * placeholder holds by then. Resolves to the view's element, or null when something did not load
 * (the host is left as it was). Never rejects.
 */
export async function mountComponent(
  host: HTMLElement,
  view: LazyView,
  props: () => Record<string, unknown>,
): Promise<HTMLElement | null> {
  try {
    const [{ h, render }, module] = await Promise.all([
      import('preact'),
      loadView(view).catch((error: unknown) => {
        const url = failedImportUrl(error, window.location.origin);
        if (url && !failed.has(view)) failed.set(view, { url, attempts: 0 });
        throw error;
      }),
      Promise.all((view.css ?? []).map(loadStylesheet)),
    ]);
    const element = document.createElement('div');
    const values = props();
    host.replaceChildren(element);
    render(h(module.default as ComponentType<Record<string, unknown>>, values), element);
    return element;
  } catch {
    return null;
  }
}
