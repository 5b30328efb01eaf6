// Arriving from a search result (/faq/?highlight=callbacks+arrive#anchor): marks the matched words in
// the answer the link points to, brings that answer into view, then removes the parameter from the
// address bar so a copied link stays clean. Interactive islands and form controls are left alone.

import { findWordMatches, highlightParam, parseHighlightWords } from '../lib/search/highlight.ts';
import { announce } from './announce.ts';

// Tools inside an answer ([data-embed]: the placeholder, then the mounted tool, which replaces it)
// are not the answer's text, and a mark in them would vanish when the tool arrives.
const skipped =
  'script, style, noscript, textarea, input, select, button, astro-island, [data-embed], [hidden], [data-pagefind-ignore], mark';

/** The element the answer lives in: the FAQ entry of the #anchor, else the page's main content. */
function findScope(): { scope: Element; target: Element | null } {
  let target: Element | null = null;
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    target = id ? document.getElementById(id) : null;
  } catch {
    target = null;
  }
  const scope =
    target?.closest('[data-faq-entry]') ??
    document.querySelector('[data-pagefind-body]') ??
    document.querySelector('main');
  return { scope: scope ?? document.body, target };
}

/** Wraps every match of the words in the scope's text in <mark class="search-hit-mark">; returns the marks. */
function markWords(scope: Element, words: readonly string[]): HTMLElement[] {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inNode: HTMLElement[] = [];
    // From the last match back, so earlier offsets stay valid while the node is split.
    for (const match of findWordMatches(text.data, words).reverse()) {
      const word = text.splitText(match.start);
      word.splitText(match.end - match.start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit-mark';
      word.replaceWith(mark);
      mark.append(word);
      inNode.unshift(mark);
    }
    marks.push(...inNode);
  }
  return marks;
}

/**
 * Scrolls the answer to the top and keeps it there for a moment while the page settles (fonts,
 * islands hydrating above it, the browser's own jump to the #anchor), until the reader scrolls.
 */
function keepInView(element: Element): void {
  const place = () => element.scrollIntoView({ block: 'start', behavior: 'instant' });
  place();
  const wanted = element.getBoundingClientRect().top;
  const until = performance.now() + 1500;
  let reader = false;
  const stop = () => {
    reader = true;
  };
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const type of events) window.addEventListener(type, stop, { once: true, passive: true });
  const check = () => {
    if (reader || performance.now() > until) {
      for (const type of events) window.removeEventListener(type, stop);
      return;
    }
    if (Math.abs(element.getBoundingClientRect().top - wanted) > 8) place();
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const url = new URL(window.location.href);
const words = parseHighlightWords(url.searchParams.get(highlightParam));
if (words.length > 0) {
  const { scope, target } = findScope();
  const marks = markWords(scope, words);
  const answer = target?.closest('[data-faq-entry]') ?? target ?? marks[0];
  if (answer) keepInView(answer);
  if (marks.length > 0) announce(`${marks.length} matches of your search are highlighted in this answer.`);
}
url.searchParams.delete(highlightParam);
history.replaceState(history.state, '', url);
