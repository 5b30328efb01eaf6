import type { Result } from '../shared/result.ts';
import { keywordsLabel } from './record-text.ts';

// Build-time rewrites of the built HTML before Pagefind indexes it. They work on the markup our own
// components emit (FaqEntry's `data-faq-entry` sections, the layout's single <main>), not on
// arbitrary HTML, so plain string operations are enough; each one reports when that markup is missing
// instead of guessing.

const entryAttribute = /\sdata-faq-entry="([^"]+)"/g;
const bodyAttribute = /\sdata-pagefind-body(?:="[^"]*")?(?=[\s>/])/g;

/** The anchors of the FAQ entries in a built page, in document order. Never throws. */
export function listFaqAnchors(html: string): string[] {
  return [...html.matchAll(entryAttribute)].map((match) => match[1] ?? '').filter((anchor) => anchor !== '');
}

/**
 * The page with `data-pagefind-body` moved from wherever it was onto the one entry whose
 * `data-faq-entry` is `anchor`, so Pagefind indexes that answer alone as its own result. Pagefind
 * reads `data-pagefind-meta` anywhere in a page, so the metadata of every other entry is switched off.
 * Returns an error (never throws) when the page has no such entry, or has it twice.
 */
export function isolateFaqEntry(html: string, anchor: string): Result<string> {
  const marker = ` data-faq-entry="${anchor}"`;
  const start = html.indexOf(marker);
  if (start === -1) return { ok: false, error: `search index: the FAQ page has no entry "${anchor}"` };
  if (html.indexOf(marker, start + marker.length) !== -1) {
    return { ok: false, error: `search index: the FAQ page has two entries "${anchor}"` };
  }
  // Entries are siblings in document order: this one ends where the next one starts.
  const next = html.indexOf(' data-faq-entry="', start + marker.length);
  const end = next === -1 ? html.length : next;
  const outside = (text: string) =>
    text.replace(bodyAttribute, '').replace(/\sdata-pagefind-meta=/g, ' data-pagefind-meta-off=');
  const inside = html.slice(start, end).replace(bodyAttribute, '');
  return { ok: true, value: `${outside(html.slice(0, start))} data-pagefind-body${inside}${outside(html.slice(end))}` };
}

/** Extra text and metadata for a page's search record that the page itself does not show. */
export interface RecordExtras {
  /** Result title; overrides the page's first h1. */
  title: string;
  /** The group shown above the title in results, e.g. "Tool". */
  section: string;
  /** One sentence on what the page is for; excerpts fall back to it. */
  summary: string;
  /** Words people search for; stored after `keywordsLabel`, like an FAQ answer's keywords. */
  terms: readonly string[];
  /** Weight of the page's own text against other records (Pagefind's default is 1). */
  weight?: number;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where the element that opens at `openAt` closes (the index of its end tag), or -1. */
function findClosingTag(html: string, openAt: number): number {
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(openAt))?.[1]?.toLowerCase();
  if (!name) return -1;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = openAt;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1] === '/') depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return match.index;
  }
  return -1;
}

/**
 * Prepares a page (a tool page) for indexing: when it has no `data-pagefind-body`, its <main> becomes
 * the body; the extras' title, section and summary (also its description) go hidden at the start of the first body, the
 * terms hidden at its end. Returns an error (never throws) when the page has neither a body marker
 * nor a <main>, or the body element does not close.
 */
export function addRecordExtras(html: string, extras: RecordExtras): Result<string> {
  let page = html;
  if (!/\sdata-pagefind-body(?:="[^"]*")?[\s>/]/.test(page)) {
    const main = page.search(/<main[\s>]/);
    if (main === -1) return { ok: false, error: 'search index: the page has neither data-pagefind-body nor <main>' };
    page = `${page.slice(0, main + 5)} data-pagefind-body${page.slice(main + 5)}`;
  }
  const marker = /\sdata-pagefind-body(?:="[^"]*")?[\s>/]/.exec(page);
  const openAt = marker ? page.lastIndexOf('<', marker.index) : -1;
  const contentAt = openAt === -1 ? -1 : page.indexOf('>', openAt) + 1;
  const closeAt = openAt === -1 ? -1 : findClosingTag(page, openAt);
  if (contentAt <= 0 || closeAt === -1)
    return { ok: false, error: 'search index: the data-pagefind-body element does not close' };
  const head =
    `<div hidden data-pagefind-meta="title[data-title], section[data-section]" ` +
    `data-title="${escapeAttribute(extras.title)}" data-section="${escapeAttribute(extras.section)}">` +
    `<p data-pagefind-weight="1" data-pagefind-meta="description">${escapeText(extras.summary)}</p></div>`;
  const tail = `<p hidden data-pagefind-weight="3">${escapeText(`${keywordsLabel} ${extras.terms.join(', ')}`)}</p>`;
  const opening = page.slice(openAt, contentAt - 1).replace(/\sdata-pagefind-weight="[^"]*"/, '');
  const weight = extras.weight === undefined ? '' : ` data-pagefind-weight="${extras.weight}"`;
  return {
    ok: true,
    value:
      page.slice(0, openAt) +
      `${opening}${weight}>` +
      head +
      page.slice(contentAt, closeAt) +
      tail +
      page.slice(closeAt),
  };
}

// Phrasing elements that may sit inside a word (`<code>vatPct</code>s`, `Resurs<sup>1</sup>`); every
// other tag (cells, list items, labels, headings, paragraphs, line breaks) ends a word.
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const anyTag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?=[\s>/])(?:"[^"]*"|'[^']*'|[^'">])*>/g;

/**
 * The page with a space before every tag that is not a phrasing element, so that the text of
 * adjacent table cells, list items, labels and blocks ("Listed in", "192.121.110.0/24") is indexed as
 * separate words instead of one glued word ("Listed in192.121.110.0/24"). What a browser shows does
 * not change: the result is only given to the indexer. Never throws.
 */
export function separateBlocks(html: string): string {
  return html.replace(anyTag, (tag, _slash: string, name: string) =>
    inlineTags.has(name.toLowerCase()) ? tag : ` ${tag}`,
  );
}

/**
 * The page with a hidden paragraph of `text`, weighted `weight`, at the end of the FAQ entry `anchor`
 * (after its keywords, so excerpts never show it). Returns the page unchanged for an empty text, and
 * an error (never throws) when the entry is missing or does not close.
 */
export function appendToFaqEntry(html: string, anchor: string, text: string, weight = 1): Result<string> {
  if (text.trim() === '') return { ok: true, value: html };
  const start = html.indexOf(` data-faq-entry="${anchor}"`);
  const openAt = start === -1 ? -1 : html.lastIndexOf('<', start);
  const closeAt = openAt === -1 ? -1 : findClosingTag(html, openAt);
  if (closeAt === -1)
    return { ok: false, error: `search index: the FAQ entry "${anchor}" is missing or does not close` };
  const paragraph = `<p hidden data-pagefind-weight="${Number.isFinite(weight) ? weight : 1}">${escapeText(text)}</p>`;
  return { ok: true, value: html.slice(0, closeAt) + paragraph + html.slice(closeAt) };
}

/** Text elements that are only for the search index (FaqEntry's hidden summary and search terms). */
const indexOnlyElement = /<p\b[^>]*\sdata-index-only(?:="[^"]*")?[^>]*>[^<]*<\/p>/g;

/** Attributes only Pagefind reads (and the section title FaqEntry gives it), inside a tag; `data-pagefind-body` (once a page) stays as the content's marker. */
const indexAttribute =
  /\s(?:data-pagefind-(?:ignore|meta|weight|filter|sort|index-attrs)|data-faq-section)(?:="[^"]*")?(?=[\s/>])/g;
const tag = /<[a-z][^<>]*>/gi;

/**
 * The page as served, without what Pagefind has already read: the `data-index-only` text elements
 * (hidden, so readers never see them; on /faq/ they were an eighth of the page's bytes) and the
 * attributes only the indexer reads. Only elements holding plain text are removed (FaqEntry writes
 * nothing else there), and attributes only inside tags; returns the page and how many elements it
 * removed. Never throws.
 */
export function stripIndexOnly(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html
    .replace(indexOnlyElement, () => {
      removed++;
      return '';
    })
    .replace(tag, (t) => t.replace(indexAttribute, ''));
  return { html: stripped, removed };
}
