// Keeps a tool honest before its island has hydrated: once the person changes one of its fields,
// the tool is marked `data-edited` (global CSS then hides its server-rendered output, which no
// longer belongs to the fields, and says the check is waiting); if it has still not hydrated a
// while later, `data-load-failed` (the note says the script did not load). Hydrated tools carry
// `data-hydrated` and are left alone.

import { readTypedFields, typedStash } from './typed-fields.ts';

/** After this long without hydrating, a changed tool says its script did not load. */
const FAILED_AFTER_MS = 10_000;

function markEdited(tool: Element): void {
  if (tool.hasAttribute('data-hydrated') || tool.hasAttribute('data-edited')) return;
  tool.setAttribute('data-edited', '');
  window.setTimeout(() => {
    if (!tool.hasAttribute('data-hydrated')) tool.setAttribute('data-load-failed', '');
  }, FAILED_AFTER_MS);
}

/** Keeps a textarea's text and its server-rendered default, which hydration replaces. */
function stashText(field: HTMLTextAreaElement): void {
  const stash = typedStash();
  const defaultValue = stash.get(field)?.defaultValue ?? field.defaultValue;
  stash.set(field, { value: field.value, defaultValue });
}

function onChange(event: Event): void {
  const field = event.target instanceof Element ? event.target : null;
  const tool = field?.closest('[data-tool]:not([data-hydrated])');
  if (!field || !tool) return;
  if (field instanceof HTMLTextAreaElement) stashText(field);
  markEdited(tool);
}

document.addEventListener('input', onChange, true);
document.addEventListener('change', onChange, true);
// Fields changed before this script ran.
for (const tool of document.querySelectorAll('[data-tool]:not([data-hydrated])')) {
  for (const field of tool.querySelectorAll('textarea')) {
    if (field.value !== field.defaultValue) stashText(field);
  }
  if (readTypedFields(tool).size > 0) markEdited(tool);
}
