// Loads Pagefind's JS API (built into <base>pagefind/ by src/integrations/pagefind-index.ts) once
// per page and adapts it to the SearchEngine interface of src/lib/search/run-search.ts.

import type { EngineResult, SearchEngine } from '../lib/search/run-search.ts';

/** The part of the Pagefind module this site uses. */
interface PagefindModule {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: EngineResult[] } | null>;
}

let loading: Promise<SearchEngine> | null = null;

/**
 * The search engine for a site served under `base` (import.meta.env.BASE_URL). The first call
 * downloads Pagefind (script, worker, WebAssembly, index metadata); later calls reuse it. Rejects
 * when Pagefind cannot load; the next call then tries again.
 */
export function loadSearchEngine(base: string): Promise<SearchEngine> {
  if (!loading) {
    const root = base.endsWith('/') ? base : `${base}/`;
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindModule;
      // Record URLs are root-relative ('/faq/#x'); Pagefind puts the base path in front.
      await pagefind.options({ baseUrl: root });
      await pagefind.init();
      return { search: (term: string) => pagefind.search(term) };
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
