import { applyCorrections, correctTerms } from './correct-query.ts';
import type { NormalizedQuery } from './normalize-query.ts';
import { isPastedError, reducePastedError } from './pasted-error.ts';
import type { RefinedTerms } from './run-search.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What `chooseTerms` needs besides the query. */
export interface ChooseOptions {
  /** The index's words (src/lib/search/vocabulary.ts). */
  vocabulary: Vocabulary;
  /** Search the words exactly as typed ("Search instead for …"): the correction is only offered. */
  literal?: boolean;
}

/** The terms without the vocabulary's common words ("resurs"), or all of them when nothing else is left. */
function withoutCommon(terms: readonly string[], vocabulary: Vocabulary): string[] {
  const telling = terms.filter((term) => !vocabulary.common?.has(term));
  return telling.length > 0 ? telling : [...terms];
}

/**
 * The terms to search for a query, and the correction when one shows: a pasted error is reduced to
 * its telling words, and words the index cannot match are corrected (unless the query is an exact
 * phrase; with `literal` the correction is only offered, the words are searched as typed). Words
 * that nearly every record holds are left out, as filler words are. Never throws.
 */
export function chooseTerms(query: NormalizedQuery, { vocabulary, literal = false }: ChooseOptions): RefinedTerms {
  if (query.exact) return { terms: query.terms };
  const pasted = isPastedError(query.text, query.allTerms);
  const reduced = pasted ? reducePastedError(query.text, query.allTerms, vocabulary) : query.terms;
  const terms = reduced.length > 0 ? reduced : query.terms;
  // A pasted message is not misspelled: its words the index lacks were already dropped.
  if (pasted) return { terms: withoutCommon(terms, vocabulary), pasted };
  const { terms: corrected, corrections } = correctTerms(terms, vocabulary);
  const shown = corrections.filter((c) => c.shown);
  const to = applyCorrections(query.text, shown);
  const typed = withoutCommon(terms, vocabulary);
  if (literal) return shown.length > 0 ? { terms: typed, correction: { to, applied: false } } : { terms: typed };
  const searched = withoutCommon(corrected, vocabulary);
  return shown.length > 0 ? { terms: searched, correction: { to, applied: true } } : { terms: searched };
}
