// Opens the header's search dialog from the button, `/` (outside text fields) or Ctrl/Cmd+K
// (anywhere), and gives focus back to where it was when the dialog closes. On the /search/ page the
// same keys focus the page's own search field instead. Arriving with ?highlight= (from a search
// result), it loads the highlighter. It runs after the load event (src/scripts/site.ts): it first
// links the dialog's stylesheet, unless the page has it (the pages with a search form of their
// own), then shows the button and listens for the keys.

import { highlightParam } from '../lib/search/highlight-param.ts';
import { maxQueryLength } from '../lib/search/normalize-query.ts';
import { joinBase } from '../lib/site/paths.ts';
import searchCss from '../styles/search.lazy.css?url';
import searchResultsCss from '../styles/search-results.css?url';
import { loadStylesheet, mountComponent } from './mount-component.ts';

const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');

/**
 * The search dialog, made here since only this script can open it. The search box
 * (src/components/islands/search/SearchBox.tsx) is mounted in it when it first opens, so pages pay
 * for search only when it is used; until it has arrived the plain field takes what the reader types,
 * and the search box starts from it. Without the box, Enter submits the field to the /search/ page.
 */
function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-label', 'Search the FAQ');
  element.dataset.searchDialog = '';
  // Static markup, no data in it; the form's action is set below as a property.
  element.innerHTML = `<search class="search search--dialog" data-search-mount><form class="search__form" method="get"><div class="search__field"><label class="visually-hidden" for="search-dialog-input">Search the FAQ</label><svg class="search__icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6.5"></circle><path d="m15.5 15.5 5 5"></path></svg><input id="search-dialog-input" class="search__input" type="search" name="q" placeholder="Describe the problem or paste the error" autocomplete="off" spellcheck="false" maxlength="${maxQueryLength}"><button type="button" class="search__close" aria-label="Esc: close search" data-search-close><kbd class="search__close-key">Esc</kbd><span class="search__close-text">Close</span></button></div><p class="search__status" role="status" data-search-loading></p></form></search>`;
  const form = element.querySelector('form');
  if (form) form.action = joinBase(import.meta.env.BASE_URL, '/search/');
  return element;
}

const dialog = trigger ? createDialog() : null;
let returnFocus: HTMLElement | null = null;

/** Whether a key press is typing into something, where `/` must stay a character. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

let searchBox: Promise<void> | null = null;

/**
 * Mounts the search box in the dialog, once: until it arrives, the dialog's plain field takes what
 * the reader types, and the search box starts from that text, with the caret where it was.
 */
function mountSearchBox(host: HTMLElement): Promise<void> {
  // The dialog's frame and field are styled by search.css (linked before the button was shown); the results' styles come with the box.
  const field = () => host.querySelector<HTMLInputElement>('input[type="search"]');
  const loading = host.querySelector<HTMLElement>('[data-search-loading]');
  const slow = window.setTimeout(() => {
    if (loading) loading.textContent = 'Loading search…';
  }, 400);
  let typed = { value: '', start: 0, end: 0, focused: false };
  return mountComponent(
    host,
    { load: () => import('../components/islands/search/SearchBox.tsx'), css: [searchResultsCss] },
    () => {
      const input = field();
      typed = {
        value: input?.value ?? '',
        start: input?.selectionStart ?? 0,
        end: input?.selectionEnd ?? 0,
        focused: document.activeElement === input,
      };
      return { base: import.meta.env.BASE_URL, variant: 'dialog', query: typed.value };
    },
  ).then((mounted) => {
    window.clearTimeout(slow);
    if (!mounted) {
      searchBox = null;
      if (loading)
        loading.textContent =
          'Search did not load (a slow or blocked connection?). Press Enter to search on the search page.';
      return;
    }
    const input = field();
    if (input && typed.focused) {
      input.focus();
      input.setSelectionRange(typed.start, typed.end);
    }
  });
}

function openSearch(): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  if (!dialog || dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const field = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  field?.focus();
  field?.select();
  const host = dialog.querySelector<HTMLElement>('[data-search-mount]');
  if (host && !searchBox) searchBox = mountSearchBox(host);
}

/** Whether the page already has search.css (it sets this property), so linking it again is not needed. */
const hasSearchStyles = () =>
  getComputedStyle(document.documentElement).getPropertyValue('--search-styles').trim() !== '';

function start(): void {
  if (dialog && trigger) {
    trigger.after(dialog);
    trigger.hidden = false;
    trigger.addEventListener('click', openSearch);
    dialog.addEventListener('close', () => {
      const target = returnFocus?.isConnected ? returnFocus : trigger;
      returnFocus = null;
      target.focus();
    });
    // A click on the backdrop (the dialog element itself, outside its content) or on the close button
    // closes it; handled here, so it works before the search island has hydrated.
    dialog.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target === dialog || target?.closest('[data-search-close]')) dialog.close();
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const shortcut =
      (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    openSearch();
  });

  if (new URLSearchParams(window.location.search).has(highlightParam)) {
    void import('./search-highlight.ts');
  }
}

/** Resolves once the search is ready to use: its styles are on the page (or did not load: it works unstyled). */
export const searchReady: Promise<void> = (hasSearchStyles() ? Promise.resolve() : loadStylesheet(searchCss))
  .catch(() => undefined)
  .then(start);
