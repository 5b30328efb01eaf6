// Turns every [data-copy-link] permalink into a "copy link" action. Where the clipboard is refused
// (no permission, insecure context), the URL is shown in a dialog, selected, for manual copying.

import { announce } from './announce.ts';

function showFallback(url: string): void {
  let dialog = document.querySelector<HTMLDialogElement>('#copy-link-fallback');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'copy-link-fallback';
    dialog.className = 'copy-fallback';
    dialog.setAttribute('aria-labelledby', 'copy-link-fallback-title');
    dialog.innerHTML =
      '<form method="dialog"><p id="copy-link-fallback-title">Copying was blocked by the browser. Copy this link yourself:</p>' +
      '<input type="text" readonly aria-label="Link to copy" data-copy-fallback-url />' +
      '<button type="submit" class="button button--secondary">Close</button></form>';
    document.body.append(dialog);
  }
  const input = dialog.querySelector<HTMLInputElement>('[data-copy-fallback-url]');
  if (!input) return;
  input.value = url;
  dialog.showModal();
  input.focus();
  input.select();
}

/** Copies a URL; shows it for manual copying where the clipboard is refused. */
export async function copyUrl(url: string, label: HTMLElement | null): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('clipboard unavailable');
    await navigator.clipboard.writeText(url);
    announce('Link copied to the clipboard.');
    if (label) {
      const original = label.dataset.originalText ?? label.textContent ?? '';
      label.dataset.originalText = original;
      label.textContent = 'Copied!';
      window.setTimeout(() => (label.textContent = original), 2000);
    }
  } catch {
    showFallback(url);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
  if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(target.getAttribute('href') ?? '', window.location.href).toString();
  history.replaceState(null, '', url);
  void copyUrl(url, target.querySelector<HTMLElement>('.copy-link__label'));
});
