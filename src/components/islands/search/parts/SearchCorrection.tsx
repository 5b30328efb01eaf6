import type { QueryCorrection } from '../../../../lib/search/run-search.ts';
import { joinBase } from '../../../../lib/site/paths.ts';

export interface Props {
  base: string;
  /** The query as typed. */
  query: string;
  correction: QueryCorrection;
  /** Runs a query in place: `literal` searches its words as typed. */
  onPick: (query: string, literal: boolean) => void;
}

/**
 * "Showing results for firewall. Search instead for firwall", or, once the reader chose the words
 * as typed, "Showing results for firwall. Did you mean firewall?". Both are real links to the
 * search page, so they can be opened in a new tab or copied; a plain click runs the search in place.
 */
export function SearchCorrection({ base, query, correction, onPick }: Props) {
  const page = joinBase(base, '/search/');
  const link = (text: string, literal: boolean) => (
    <a
      href={`${page}?q=${encodeURIComponent(text)}${literal ? '&literal=1' : ''}`}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onPick(text, literal);
      }}
    >
      <em>{text}</em>
    </a>
  );
  return correction.applied ? (
    <p class="search__correction">
      Showing results for {link(correction.to, false)}. Search instead for {link(query, true)}.
    </p>
  ) : (
    <p class="search__correction">
      Showing results for <em>{query}</em> as typed. Did you mean {link(correction.to, false)}?
    </p>
  );
}
