import { buildExcerpt, type ExcerptPart } from './excerpt.ts';
import { matchedWords, resultHref } from './highlight.ts';
import { type NormalizedQuery, normalizeQuery } from './normalize-query.ts';
import { containsPhrase } from './phrase.ts';
import { type EngineHit, rankResults } from './rank-results.ts';
import { findKeywordsStart, keywordsLabel, splitWords } from './record-text.ts';
import { longestSharedRun } from './shared-run.ts';

/** What a record's data looks like (Pagefind's `result.data()`), as far as search needs it. */
export interface EngineRecord {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** One engine match: Pagefind's search result shape. */
export interface EngineResult extends EngineHit {
  data(): Promise<EngineRecord>;
}

/** The part of Pagefind's JS API search uses; tests pass a fake. */
export interface SearchEngine {
  search(term: string): Promise<{ results: readonly EngineResult[] } | null>;
}

/** One answer, ready to display. */
export interface SearchHit {
  /** The link to open, with the matched words for highlighting, e.g. /faq/?highlight=ngrok#are-you-using-ngrok. */
  href: string;
  /** The record's URL without highlighting; unique per answer. */
  url: string;
  title: string;
  /** "FAQ · Good to know", "FAQ" for a section itself, or "Tool". */
  section: string;
  excerpt: ExcerptPart[];
  /** Words that matched only the answer's hidden keywords ("whitelist" for the firewall answer). */
  synonyms: string[];
  /** Whether the answer contains every searched word. */
  matchedAll: boolean;
}

/** The outcome of a search: hits, or a message a person can act on. */
export type SearchOutcome =
  | { ok: true; query: string; hits: SearchHit[]; correction?: QueryCorrection }
  | { ok: false; query: string; error: string };

/** A corrected query: `applied` when its results are shown, false when the words were searched as typed. */
export interface QueryCorrection {
  /** The query text with the corrected words, e.g. "firewall rules" for "firwall rules". */
  to: string;
  applied: boolean;
}

/** The words to search for a query, as `SearchOptions.refine` chooses them. */
export interface RefinedTerms {
  terms: string[];
  correction?: QueryCorrection;
  /** The query is a pasted error message: records that hold a long stretch of it rank first. */
  pasted?: true;
}

/** How `runSearch` treats the query's words. */
export interface SearchOptions {
  /**
   * Chooses the words to search (src/lib/search/choose-terms.ts: corrections, pasted errors); it is
   * passed in so that its code and the vocabulary load after the search box. Without it, the
   * query's words are searched as typed.
   */
  refine?: (query: NormalizedQuery) => RefinedTerms;
}

/** Whether a matched word visibly comes from a query word ("whitelist" from "whitelist"), not from a compound split. */
function sharesStem(word: string, term: string): boolean {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const a = plain(word);
  const b = plain(term);
  const stem = Math.min(b.length, Math.max(3, b.length - 3));
  return a.length > 0 && b.length > 0 && (a.startsWith(b.slice(0, stem)) || b.startsWith(a));
}

/**
 * The excerpt of a record (question, hidden summary, answer, hidden keywords): the summary or the
 * stretch of the answer with more distinct matched words (the summary on a tie, since it says
 * what the answer is about), never the question or the keyword list; plus the words matched only in
 * the keywords, for "Also searched as".
 */
function chooseExcerpt(
  words: readonly string[],
  locations: readonly number[],
  title: string,
  summary: string,
  content: string,
) {
  // The content starts with the question itself, which the result already shows.
  const skip = content.startsWith(title) ? splitWords(title).length : 0;
  const summaryEnd =
    summary !== '' && words.slice(skip).join(' ').startsWith(summary.trim())
      ? skip + splitWords(summary.trim()).length
      : skip;
  const keywordsAt = findKeywordsStart(words);
  const within = (from: number, to: number) =>
    matchedWords(
      words,
      locations.filter((l) => l >= from && l < to),
    );
  const inSummary = within(skip, summaryEnd);
  const inAnswer = within(summaryEnd, keywordsAt);
  const useAnswer = inAnswer.length > inSummary.length;
  const range =
    useAnswer || summaryEnd === skip
      ? { skip: useAnswer ? summaryEnd : skip, end: keywordsAt }
      : { skip, end: summaryEnd };
  const parts = buildExcerpt(words, locations, range);
  const shown = [...inSummary, ...inAnswer];
  const synonyms = within(keywordsAt + keywordsLabel.split(' ').length, words.length).filter(
    (word) => !shown.some((other) => sharesStem(word, other)),
  );
  return { parts, synonyms };
}

/** How many of the best records the phrase rule may reorder. */
const phraseWindow = 8;

/** How the section label of a record reads: "Tool", "FAQ" for a section itself, or "FAQ · <section>". */
function sectionLabel(meta: EngineRecord['meta']): string {
  const section = meta.section?.trim() ?? '';
  if (section === 'Tool') return 'Tool';
  if (section === '' || section === meta.title?.trim()) return 'FAQ';
  return `FAQ · ${section}`;
}

/**
 * Searches for a raw query: the strict search (every word) and one search per word, merged by
 * `rankResults`, then loads the first `limit` records, moves those containing the words as a phrase
 * to the front, and builds their excerpts and links. An
 * empty query gives no hits. Never rejects: engine failures become `{ ok: false }`.
 */
export async function runSearch(
  engine: SearchEngine,
  raw: string,
  limit = 8,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const query = normalizeQuery(raw);
  if (query.terms.length === 0) return { ok: true, query: query.text, hits: [] };
  const { terms, correction, pasted } = options.refine?.(query) ?? { terms: query.terms };
  try {
    const strictText = query.exact ? query.text : terms.join(' ');
    const [strict, ...perTerm] = await Promise.all([
      engine.search(strictText),
      ...(query.exact || terms.length < 2 ? [] : terms.map((term) => engine.search(term))),
    ]);
    const byId = new Map<string, EngineResult>();
    const all = [strict, ...perTerm].flatMap((response) => response?.results ?? []);
    for (const result of all) if (!byId.has(result.id)) byId.set(result.id, result);
    const ranked = rankResults(
      strict?.results ?? [],
      perTerm.map((response) => response?.results ?? []),
    );

    const top = ranked.slice(0, limit).flatMap((hit) => {
      const result = byId.get(hit.id);
      return result ? [{ hit, result }] : [];
    });
    const records = await Promise.all(top.map(({ result }) => result.data()));
    // Among the first `phraseWindow` records, those with the query's words side by side come first
    // (stable). The window does not depend on `limit`, so the dialog and the page rank alike.
    const order = top.map((_, i) => i);
    const phrase = order.map((i) => i < phraseWindow && containsPhrase(splitWords(records[i]?.content ?? ''), terms));
    order.sort((a, b) => Number(phrase[b]) - Number(phrase[a]));
    // A pasted message: the records that hold a long stretch of it word for word (three words or
    // more) come first, longest first, since they hold the message itself.
    if (pasted) {
      const run = top.map((_, i) => (i < phraseWindow ? longestSharedRun(query.text, records[i]?.content ?? '') : 0));
      const telling = (i: number) => ((run[i] ?? 0) >= 3 ? (run[i] ?? 0) : 0);
      order.sort((a, b) => telling(b) - telling(a));
    }
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    order.forEach((i) => {
      const hit = top[i]?.hit;
      const record = records[i];
      if (!hit) return;
      if (!record || seen.has(record.url)) return;
      seen.add(record.url);
      const title = record.meta.title?.trim() || record.url;
      const words = splitWords(record.content);
      const excerpt = chooseExcerpt(words, hit.words, title, record.meta.description ?? '', record.content);
      hits.push({
        href: resultHref(record.url, matchedWords(words, hit.words)),
        url: record.url,
        title,
        section: sectionLabel(record.meta),
        excerpt: excerpt.parts,
        synonyms: excerpt.synonyms.filter((word) => terms.some((term) => sharesStem(word, term))),
        matchedAll: hit.matchedAll,
      });
    });
    return correction ? { ok: true, query: query.text, hits, correction } : { ok: true, query: query.text, hits };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, query: query.text, error: `Search failed (${detail}). Reload the page, or browse the FAQ.` };
  }
}
