// Where the clipboard is refused (no permission, insecure context), the text to copy is shown in a
// dialog, selected, for manual copying: one line for a link, a text area for an answer.

import copyCss from '../styles/copy.css?url';
import { loadStylesheet } from './mount-component.ts';

/** The styles of the Copy answer buttons and of this dialog, linked when the site's script runs. */
export const copyStyles: Promise<void> = loadStylesheet(copyCss).catch(() => undefined);

/** What is being copied: sets the dialog's wording and whether the text is one line. */
export type CopyKind = 'link' | 'answer';

const wording: Record<CopyKind, { title: string; field: string }> = {
  link: { title: 'Copying was blocked by the browser. Copy this link yourself:', field: 'Link to copy' },
  answer: { title: 'Copying was blocked by the browser. Copy this answer yourself:', field: 'Answer to copy' },
};

/** Shows `text` selected in a modal dialog, so the reader can copy it with the keyboard. */
export function showCopyFallback(text: string, kind: CopyKind): void {
  const id = `copy-${kind}-fallback`;
  let dialog = document.querySelector<HTMLDialogElement>(`#${id}`);
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = id;
    dialog.className = 'copy-fallback';
    dialog.setAttribute('aria-labelledby', `${id}-title`);
    const form = document.createElement('form');
    form.method = 'dialog';
    const title = document.createElement('p');
    title.id = `${id}-title`;
    title.textContent = wording[kind].title;
    const field = document.createElement(kind === 'link' ? 'input' : 'textarea');
    if (field instanceof HTMLInputElement) field.type = 'text';
    else field.rows = 12;
    field.readOnly = true;
    field.setAttribute('aria-label', wording[kind].field);
    field.dataset.copyFallbackText = '';
    const close = document.createElement('button');
    close.type = 'submit';
    close.className = 'button button--secondary';
    close.textContent = 'Close';
    form.append(title, field, close);
    dialog.append(form);
    document.body.append(dialog);
  }
  const field = dialog.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-copy-fallback-text]');
  if (!field) return;
  field.value = text;
  dialog.showModal();
  field.focus();
  field.select();
}

/** Shows "Copied!" in a button's visible label for two seconds. */
export function flashCopied(label: HTMLElement | null): void {
  if (!label) return;
  const original = label.dataset.originalText ?? label.textContent ?? '';
  label.dataset.originalText = original;
  label.textContent = 'Copied!';
  window.setTimeout(() => (label.textContent = original), 2000);
}
