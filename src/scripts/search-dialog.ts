// Opens the header's search dialog from the button, `/` (outside text fields) or Ctrl/Cmd+K
// (anywhere), and gives focus back to where it was when the dialog closes. On the /search/ page the
// same keys focus the page's own search field instead. Arriving with ?highlight= (from a search
// result), it loads the highlighter.

import { highlightParam } from '../lib/search/highlight.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
let returnFocus: HTMLElement | null = null;

/** Whether a key press is typing into something, where `/` must stay a character. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
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
