import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SearchHit } from '../../../../lib/search/run-search.ts';

export interface Props {
  /** Id of the listbox; options get `${id}-<n>`. */
  id: string;
  hits: readonly SearchHit[];
  /** Index of the option the arrow keys point at, or -1. */
  active: number;
  /** Called when the pointer moves onto an option. */
  onPoint: (index: number) => void;
  /** Whether newer results are on their way (these are the previous query's). */
  busy?: boolean;
}

/** The id of option `index` of listbox `id`, for aria-activedescendant. */
export const optionId = (id: string, index: number) => `${id}-${index}`;

/**
 * The results as a WAI-ARIA listbox whose options are the result links themselves (an <a> may take
 * the option role), so a click, a middle-click and Enter all open the answer.
 */
export function SearchResults({ id, hits, active, onPoint, busy = false }: Props) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active < 0) return;
    list.current?.querySelector(`#${CSS.escape(optionId(id, active))}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);
  return (
    <div class="search-results" id={id} role="listbox" aria-label="Search results" aria-busy={busy} ref={list}>
      {hits.map((hit, index) => {
        const option = optionId(id, index);
        return (
          <a
            key={hit.url}
            id={option}
            class="search-hit"
            href={hit.href}
            role="option"
            aria-selected={index === active}
            tabIndex={-1}
            onMouseMove={() => index !== active && onPoint(index)}
          >
            {/* The question comes first, so it starts the option's accessible name; CSS shows the section above it. */}
            <span class="search-hit__title">{hit.title}</span>
            <span class="search-hit__section">{hit.section}</span>
            <span class="search-hit__excerpt">
              {hit.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
              {hit.synonyms.length > 0 && (
                <span class="search-hit__synonyms">
                  {' '}
                  Also searched as:{' '}
                  {hit.synonyms.map((word, i) => (
                    <Fragment key={word}>
                      {i > 0 && ', '}
                      <mark>{word}</mark>
                    </Fragment>
                  ))}
                </span>
              )}
            </span>
          </a>
        );
      })}
    </div>
  );
}
