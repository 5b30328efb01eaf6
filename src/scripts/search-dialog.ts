// Opens the header's search dialog from the button, `/` (outside text fields) or Ctrl/Cmd+K
// (anywhere), and gives focus back to where it was when the dialog closes. On the /search/ page the
// same keys focus the page's own search field instead. Arriving with ?highlight= (from a search
// result), it loads the highlighter.

import { highlightParam } from '../lib/search/highlight-param.ts';
import searchResultsCss from '../styles/search-results.css?url';
import { mountComponent } from './mount-component.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
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
  // The dialog's frame and field are styled by search.css, on every page; the results' styles come with the box.
  const field = () => host.querySelector<HTMLInputElement>('input[type="search"]');
  const loading = host.querySelector<HTMLElement>('[data-search-loading]');
  const slow = window.setTimeout(() => {
    if (loading) loading.textContent = 'Loading search…';
  }, 400);
  let typed = { value: '', start: 0, end: 0, focused: false };
  return mountComponent(
    host,
    { load: () => import('../components/islands/search/SearchBox.tsx'), css: searchResultsCss },
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

if (dialog && trigger) {
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
