/** The page-wide store of text typed into textareas before hydration (see {@link typedStash}). */
const stashKey = Symbol.for('resurs-faq.typed-textareas');

/** A textarea's text as typed before hydration, and the text the server rendered in it. */
export interface StashedText {
  value: string;
  defaultValue: string;
}

/**
 * Text typed into a textarea before its island hydrated. Preact's hydration resets a textarea to
 * the server-rendered text and replaces its text node (so `defaultValue` changes too; inputs,
 * selects and radios it leaves alone), so the page script (`tool-pending.ts`) keeps both here, on
 * `window`, for the island to adopt.
 */
export function typedStash(): WeakMap<Element, StashedText> {
  const holder = window as unknown as Record<symbol, WeakMap<Element, StashedText> | undefined>;
  holder[stashKey] ??= new WeakMap();
  return holder[stashKey];
}

/**
 * The values of the fields under `root` that differ from what the server rendered, by their
 * `data-state` name: inputs against `defaultValue`, textareas as stashed by the page script, checkboxes against `defaultChecked`
 * ('1' checked, '' not), radio groups by the newly checked radio, selects against the option the
 * server marked selected. This is how a tool adopts what a person typed before its script arrived.
 * Never throws.
 */
export function readTypedFields(root: ParentNode): Map<string, string> {
  const typed = new Map<string, string>();
  const stash = typedStash();
  for (const el of root.querySelectorAll<HTMLElement>('[data-state]')) {
    const key = el.dataset.state ?? '';
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked && !el.defaultChecked) typed.set(key, el.value);
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked !== el.defaultChecked) typed.set(key, el.checked ? '1' : '');
    } else if (el instanceof HTMLSelectElement) {
      const rendered = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
      if (el.value !== (rendered?.value ?? '')) typed.set(key, el.value);
    } else if (el instanceof HTMLTextAreaElement) {
      const stashed = stash.get(el);
      if (stashed && stashed.value !== stashed.defaultValue) typed.set(key, stashed.value);
    } else if (el instanceof HTMLInputElement) {
      if (el.value !== el.defaultValue) typed.set(key, el.value);
    }
  }
  return typed;
}
