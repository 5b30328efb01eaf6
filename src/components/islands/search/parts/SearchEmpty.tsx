import { searchSuggestions } from '../../../../data/search-terms.ts';
import { joinBase } from '../../../../lib/site/paths.ts';

export interface Props {
  /** Prefix for element ids, unique on the page. */
  id: string;
  base: string;
  /** 'idle': nothing typed yet; 'none': the search found nothing; 'error': it failed. */
  kind: 'idle' | 'none' | 'error';
  /** The query that found nothing, or the error message. */
  detail?: string;
  /** Puts a suggested query in the search field. */
  onPick: (query: string) => void;
}

/** What the search shows without results: example searches, and what to try when nothing matched. */
export function SearchEmpty({ id, base, kind, detail = '', onPick }: Props) {
  const faq = joinBase(base, '/faq/');
  return (
    <div class={`search-empty search-empty--${kind}`}>
      {kind === 'none' && (
        <>
          <p class="search-empty__title">No answer matches “{detail}”.</p>
          <ul class="search-empty__tips">
            <li>Use fewer words, or the key part of an error message.</li>
            <li>Try another word for the same thing: callback or webhook, allowlist or whitelist, VAT or moms.</li>
            <li>Search in English or Swedish.</li>
          </ul>
        </>
      )}
      {kind === 'error' && <p class="search-empty__title">{detail}</p>}
      <div class="search-empty__suggestions">
        <span id={`${id}-try`}>{kind === 'idle' ? 'Try' : 'Or try'}</span>
        <ul aria-labelledby={`${id}-try`}>
          {searchSuggestions.map((suggestion) => (
            <li key={suggestion}>
              <button type="button" class="search-chip" onClick={() => onPick(suggestion)}>
                {suggestion}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p class="search-empty__browse">
        <a href={faq}>Browse the complete FAQ</a>: every answer on one page.
        {kind !== 'idle' && (
          <>
            {' '}
            Still stuck? <a href={`${faq}#missing-a-question-contact-us`}>Contact Resurs</a>.
          </>
        )}
      </p>
    </div>
  );
}
