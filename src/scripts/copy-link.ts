// Turns every [data-copy-link] permalink into a "copy link" action. Where the clipboard is refused
// (no permission, insecure context), the URL is shown in a dialog, selected, for manual copying.

import { announce } from './announce.ts';
import { flashCopied, showCopyFallback } from './copy-fallback.ts';

/** Copies a URL; shows it for manual copying where the clipboard is refused. */
export async function copyUrl(url: string, label: HTMLElement | null): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('clipboard unavailable');
    await navigator.clipboard.writeText(url);
    announce('Link copied to the clipboard.');
    flashCopied(label);
  } catch {
    showCopyFallback(url, 'link');
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
