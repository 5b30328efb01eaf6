import { useEffect, useState } from 'preact/hooks';
import { normalizeQuery } from '../../lib/search/normalize-query.ts';
import { runSearch, type SearchHit } from '../../lib/search/run-search.ts';
import { loadSearchEngine } from '../../scripts/search-engine.ts';

/** Where a search stands: nothing asked, running, answered, or failed. `hitsFor` is the query the hits answer. */
export type SearchState =
  | { status: 'idle'; query: ''; hits: []; hitsFor: '' }
  | { status: 'loading' | 'done'; query: string; hits: SearchHit[]; hitsFor: string }
  | { status: 'error'; query: string; hits: []; hitsFor: string; error: string };

const idle: SearchState = { status: 'idle', query: '', hits: [], hitsFor: '' };

/**
 * Runs `query` against the site's Pagefind index whenever it changes and returns the latest
 * answer. While a new search runs, the previous hits stay (no flicker); an answer that arrives
 * after a newer query started is dropped.
 */
export function useSearchQuery(base: string, query: string, limit: number): SearchState {
  const [state, setState] = useState<SearchState>(idle);
  useEffect(() => {
    if (normalizeQuery(query).terms.length === 0) {
      setState(idle);
      return;
    }
    let current = true;
    setState((previous) => ({ status: 'loading', query, hits: previous.hits, hitsFor: previous.hitsFor }));
    loadSearchEngine(base)
      .then((engine) => runSearch(engine, query, limit))
      .then((outcome) => {
        if (!current) return;
        setState(
          outcome.ok
            ? { status: 'done', query, hits: outcome.hits, hitsFor: query }
            : { status: 'error', query, hits: [], hitsFor: query, error: outcome.error },
        );
      })
      .catch(() => {
        if (current) {
          setState({
            status: 'error',
            query,
            hits: [],
            hitsFor: query,
            error: 'The search index could not load. Check your connection and try again, or browse the FAQ.',
          });
        }
      });
    return () => {
      current = false;
    };
  }, [base, query, limit]);
  return state;
}

/** Starts loading the search engine ahead of the first query (on focus, on opening the dialog). */
export function warmSearch(base: string): void {
  loadSearchEngine(base).catch(() => {
    // Reported when a query runs.
  });
}
