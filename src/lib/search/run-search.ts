import { buildExcerpt, type ExcerptPart } from './excerpt.ts';
import { matchedWords, resultHref } from './highlight.ts';
import { normalizeQuery } from './normalize-query.ts';
import { type EngineHit, rankResults } from './rank-results.ts';
import { findKeywordsStart, keywordsLabel, splitWords } from './record-text.ts';

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
  | { ok: true; query: string; hits: SearchHit[] }
  | { ok: false; query: string; error: string };

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

/** How the section label of a record reads: "Tool", "FAQ" for a section itself, or "FAQ · <section>". */
function sectionLabel(meta: EngineRecord['meta']): string {
  const section = meta.section?.trim() ?? '';
  if (section === 'Tool') return 'Tool';
  if (section === '' || section === meta.title?.trim()) return 'FAQ';
  return `FAQ · ${section}`;
}

/**
 * Searches for a raw query: the strict search (every word) and one search per word, merged by
 * `rankResults`, then loads the first `limit` records and builds their excerpts and links. An
 * empty query gives no hits. Never rejects: engine failures become `{ ok: false }`.
 */
export async function runSearch(engine: SearchEngine, raw: string, limit = 8): Promise<SearchOutcome> {
  const query = normalizeQuery(raw);
  if (query.terms.length === 0) return { ok: true, query: query.text, hits: [] };
  try {
    const strictText = query.exact ? query.text : query.terms.join(' ');
    const [strict, ...perTerm] = await Promise.all([
      engine.search(strictText),
      ...(query.exact || query.terms.length < 2 ? [] : query.terms.map((term) => engine.search(term))),
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
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    top.forEach(({ hit }, i) => {
      const record = records[i];
      if (!record || seen.has(record.url)) return;
      seen.add(record.url);
      const title = record.meta.title?.trim() || record.url;
      const words = splitWords(record.content);
      // The content starts with the question itself, which the result already shows.
      const skip = record.content.startsWith(title) ? splitWords(title).length : 0;
      const keywordsAt = findKeywordsStart(words);
      const inAnswer = matchedWords(
        words,
        hit.words.filter((w) => w < keywordsAt),
      );
      const inKeywords = hit.words.filter((w) => w >= keywordsAt + keywordsLabel.split(' ').length);
      hits.push({
        href: resultHref(record.url, matchedWords(words, hit.words)),
        url: record.url,
        title,
        section: sectionLabel(record.meta),
        excerpt: buildExcerpt(words, hit.words, { skip, end: keywordsAt }),
        synonyms: matchedWords(words, inKeywords).filter(
          (word) => !inAnswer.includes(word) && query.terms.some((term) => sharesStem(word, term)),
        ),
        matchedAll: hit.matchedAll,
      });
    });
    return { ok: true, query: query.text, hits };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, query: query.text, error: `Search failed (${detail}). Reload the page, or browse the FAQ.` };
  }
}
