import { useEffect, useRef, useState } from 'preact/hooks';
import { moveActive } from '../../../lib/search/active-option.ts';
import { maxQueryLength } from '../../../lib/search/normalize-query.ts';
import { countOf } from '../../../lib/shared/count.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { cutText, encodeComponent } from '../../../lib/site/text.ts';
import { ToolShare } from '../shared/ToolShare.tsx';
import { type ToolStateSpec, useToolState } from '../shared/use-tool-state.ts';
import { SearchCorrection } from './parts/SearchCorrection.tsx';
import { SearchEmpty } from './parts/SearchEmpty.tsx';
import { useSearchQuery, warmSearch } from './parts/SearchQuery.tsx';
import { optionId, SearchResults } from './parts/SearchResults.tsx';

export interface Props {
  /** The site's base path (import.meta.env.BASE_URL). */
  base: string;
  /** 'page': the /search/ page, whose query lives in the URL; 'dialog': the search dialog of every page. */
  variant: 'page' | 'dialog';
  /** The dialog's first query: what the reader typed before the search box arrived. */
  query?: string;
}

/**
 * Search as a WAI-ARIA combobox: type, move with ↑/↓, open with Enter (in the dialog, Enter opens
 * the first answer when none is chosen), close the dialog with Esc. Before hydration it is a plain
 * GET form to /search/, so a query typed early still works.
 */
/** The search's URL state: the query, and `literal=1` when the reader chose the words as typed. */
const searchDefaults = { q: '', literal: '' };

/** The results page keeps the query in its URL (cut to the field's length); typing adopts the query. */
const pageSpec: ToolStateSpec<typeof searchDefaults, keyof typeof searchDefaults> = {
  initial: searchDefaults,
  defaults: searchDefaults,
  toParams: (state) => state,
  fromParams: (params, initial) => ({
    q: cutText(params.q ?? initial.q, maxQueryLength),
    literal: params.literal ?? initial.literal,
  }),
  adopt: (state, typed) => {
    const q = typed.get('q');
    return q === undefined ? state : { q: cutText(q, maxQueryLength), literal: '' };
  },
};

/** The header dialog leaves the page's URL alone. */
const dialogSpec = { ...pageSpec, embedded: true };

export default function SearchBox({ base, variant, query: typedFirst = '' }: Props) {
  const id = `search-${variant}`;
  const [spec] = useState(() =>
    variant === 'page' ? pageSpec : { ...dialogSpec, initial: { q: cutText(typedFirst, maxQueryLength), literal: '' } },
  );
  const tool = useToolState(spec);
  const params = tool.state;
  const setParams = tool.setState;
  const query = params.q;
  // ?literal=1: the reader chose "Search instead for" the words as typed.
  const literal = params.literal === '1';
  const search = useSearchQuery(base, query, variant === 'page' ? 20 : 8, literal);
  const { hits } = search;
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // Typing a new query searches it with corrections again.
  const setQuery = (q: string) => setParams({ q: cutText(q, maxQueryLength), literal: '' });
  const pick = (q: string) => {
    setQuery(q);
    input.current?.focus();
  };

  // What was typed before hydration (the dialog hydrates when it opens, while the reader may
  // already be typing) is adopted by the state hook; then the index loads early.
  useEffect(() => {
    if (tool.live && (params.q !== '' || document.activeElement === input.current)) warmSearch(base);
  }, [tool.live]);
  // A new answer resets the choice.
  useEffect(() => setActive(-1), [hits]);

  const close = () => input.current?.closest('dialog')?.close();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setActive(moveActive(active, hits.length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = hits[active] ?? (variant === 'dialog' ? hits[0] : undefined);
      if (chosen) window.location.assign(chosen.href);
    } else if (event.key === 'Escape' && variant === 'dialog') {
      event.preventDefault();
      close();
    }
  };

  const correction = search.status === 'loading' || search.status === 'done' ? search.correction : undefined;
  const corrected = correction?.applied ? correction.to : undefined;
  // The status always describes the hits on screen, so it never claims old hits for a new query.
  const status =
    search.status === 'idle'
      ? ''
      : search.status === 'loading' && hits.length === 0
        ? 'Searching…'
        : search.status === 'error'
          ? 'Search failed.'
          : hits.length === 0
            ? `No answers for “${search.hitsFor}”.`
            : `${countOf(hits.length, 'answer')} for “${search.hitsFor}”${corrected ? `, showing results for “${corrected}”` : ''}${variant === 'dialog' ? '. Use the arrow keys and Enter to open one.' : '.'}`;
  const expanded = hits.length > 0;

  return (
    <search class={`search search--${variant}`}>
      <div {...tool.rootProps}>
        <form
          class="search__form"
          action={joinBase(base, '/search/')}
          method="get"
          onSubmit={(event) => event.preventDefault()}
        >
          <div class="search__field">
            <label class="visually-hidden" for={`${id}-input`}>
              Search the FAQ
            </label>
            <svg class="search__icon" viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5 5" />
            </svg>
            <input
              ref={input}
              id={`${id}-input`}
              class="search__input"
              type="search"
              name="q"
              data-state="q"
              value={query}
              placeholder="Describe the problem or paste the error"
              autoComplete="off"
              spellcheck={false}
              maxLength={maxQueryLength}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={`${id}-results`}
              aria-activedescendant={expanded && active >= 0 ? optionId(`${id}-results`, active) : undefined}
              aria-describedby={`${id}-status`}
              onInput={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              onFocus={() => warmSearch(base)}
            />
            {variant === 'dialog' && (
              <button type="button" class="search__close" aria-label="Esc: close search" data-search-close>
                <kbd class="search__close-key">Esc</kbd>
                <span class="search__close-text">Close</span>
              </button>
            )}
          </div>
          <p class="search__status" id={`${id}-status`} role="status">
            {status}
          </p>
          {correction && (
            <SearchCorrection
              base={base}
              query={search.hitsFor}
              correction={correction}
              onPick={(q, asTyped) => {
                setParams({ q, literal: asTyped ? '1' : '' });
                input.current?.focus();
              }}
            />
          )}
          {expanded ? (
            <SearchResults
              id={`${id}-results`}
              hits={hits}
              active={active}
              onPoint={setActive}
              busy={search.status === 'loading'}
            />
          ) : (
            <div id={`${id}-results`} role="listbox" aria-label="Search results" hidden />
          )}
          {search.status === 'idle' && <SearchEmpty id={id} base={base} kind="idle" onPick={pick} />}
          {search.status === 'done' && hits.length === 0 && (
            <SearchEmpty id={id} base={base} kind="none" detail={search.query} onPick={pick} />
          )}
          {search.status === 'error' && (
            <SearchEmpty id={id} base={base} kind="error" detail={search.error} onPick={pick} />
          )}
          {variant === 'page' && query !== '' && (
            <p class="search__share">
              <ToolShare
                params={tool.params}
                defaults={searchDefaults}
                embedded={false}
                what="this search"
                live={tool.live}
              />
            </p>
          )}
          {variant === 'dialog' && (
            <div class="search__footer">
              <span aria-hidden="true">
                <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
              </span>
              {query !== '' && (
                <a href={`${joinBase(base, '/search/')}?q=${encodeComponent(query)}`}>All results as a page</a>
              )}
            </div>
          )}
        </form>
      </div>
    </search>
  );
}
