import { useEffect, useState } from 'preact/hooks';
import { normalizeQuery } from '../../../../lib/search/normalize-query.ts';
import { type QueryCorrection, runSearch, type SearchHit } from '../../../../lib/search/run-search.ts';
import { loadSearchEngine } from '../../../../scripts/search-engine.ts';
import { loadRefiner } from '../../../../scripts/search-vocabulary.ts';

/** Where a search stands: nothing asked, running, answered, or failed. `hitsFor` is the query the hits answer. */
export type SearchState =
  | { status: 'idle'; query: ''; hits: []; hitsFor: '' }
  | { status: 'loading' | 'done'; query: string; hits: SearchHit[]; hitsFor: string; correction?: QueryCorrection }
  | { status: 'error'; query: string; hits: []; hitsFor: string; error: string };

const idle: SearchState = { status: 'idle', query: '', hits: [], hitsFor: '' };

/**
 * Runs `query` against the site's Pagefind index whenever it changes and returns the latest
 * answer; misspelled words are corrected unless `literal`. While a new search runs, the previous
 * hits stay (no flicker); an answer that arrives after a newer query started is dropped.
 */
export function useSearchQuery(base: string, query: string, limit: number, literal = false): SearchState {
  const [state, setState] = useState<SearchState>(idle);
  useEffect(() => {
    if (normalizeQuery(query).terms.length === 0) {
      setState(idle);
      return;
    }
    let current = true;
    setState((previous) => {
      // The previous hits stay on screen until the new ones arrive, and so does what they answer.
      const correction = previous.status === 'loading' || previous.status === 'done' ? previous.correction : undefined;
      return {
        status: 'loading',
        query,
        hits: previous.hits,
        hitsFor: previous.hitsFor,
        ...(correction ? { correction } : {}),
      };
    });
    Promise.all([loadSearchEngine(base), loadRefiner(base)])
      .then(([engine, refine]) =>
        runSearch(engine, query, limit, refine ? { refine: (normalized) => refine(normalized, literal) } : {}),
      )
      .then((outcome) => {
        if (!current) return;
        setState(
          outcome.ok
            ? {
                status: 'done',
                query,
                hits: outcome.hits,
                hitsFor: query,
                ...(outcome.correction ? { correction: outcome.correction } : {}),
              }
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
  }, [base, query, limit, literal]);
  return state;
}

/** Starts loading the search engine ahead of the first query (on focus, on opening the dialog). */
export function warmSearch(base: string): void {
  loadSearchEngine(base).catch(() => {
    // Reported when a query runs.
  });
  void loadRefiner(base);
}
