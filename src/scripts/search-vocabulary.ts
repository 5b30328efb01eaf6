// Loads what makes search forgiving, once per page and after the search box itself: the index's
// vocabulary (written next to the site's pages by src/integrations/pagefind-index.ts) and the code
// that corrects misspellings and reduces pasted errors with it (src/lib/search/choose-terms.ts).

import type { NormalizedQuery } from '../lib/search/normalize-query.ts';
import type { RefinedTerms } from '../lib/search/run-search.ts';
import { parseVocabulary, vocabularyFile } from '../lib/search/vocabulary.ts';

/** Chooses the words to search for a query; `literal` searches them as typed and only offers a correction. */
export type Refiner = (query: NormalizedQuery, literal: boolean) => RefinedTerms;

let loading: Promise<Refiner | undefined> | null = null;

/**
 * The refiner for the site served under `base`, or undefined when the vocabulary cannot be loaded
 * or read: search then runs on the words as typed. Never rejects; a failed load is tried again on
 * the next call.
 */
export function loadRefiner(base: string): Promise<Refiner | undefined> {
  if (!loading) {
    const root = base.endsWith('/') ? base : `${base}/`;
    const vocabulary = fetch(`${root}${vocabularyFile}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => parseVocabulary(text));
    loading = Promise.all([vocabulary, import('../lib/search/choose-terms.ts')])
      .then(([parsed, { chooseTerms }]): Refiner | undefined => {
        if (!parsed.ok) return undefined;
        return (query, literal) => chooseTerms(query, { vocabulary: parsed.value, literal });
      })
      .catch(() => {
        loading = null;
        return undefined;
      });
  }
  return loading;
}
