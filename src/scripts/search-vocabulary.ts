// Loads the index's vocabulary (written next to the site's pages by src/integrations/pagefind-index.ts)
// once per page, for correcting misspelled query words.

import { parseVocabulary, type Vocabulary, vocabularyFile } from '../lib/search/vocabulary.ts';

let loading: Promise<Vocabulary | undefined> | null = null;

/**
 * The vocabulary of the site served under `base`, or undefined when it cannot be loaded or read:
 * search then runs without corrections. Never rejects; a failed load is tried again on the next call.
 */
export function loadVocabulary(base: string): Promise<Vocabulary | undefined> {
  if (!loading) {
    const root = base.endsWith('/') ? base : `${base}/`;
    loading = fetch(`${root}${vocabularyFile}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => {
        const parsed = parseVocabulary(text);
        return parsed.ok ? parsed.value : undefined;
      })
      .catch(() => {
        loading = null;
        return undefined;
      });
  }
  return loading;
}
