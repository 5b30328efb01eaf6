/**
 * The values of the fields under `root` that differ from what the server rendered, by their
 * `data-state` name: text fields against `defaultValue`, checkboxes against `defaultChecked`
 * ('1' checked, '' not), radio groups by the newly checked radio, selects against the option the
 * server marked selected. This is how a tool adopts what a person typed before its script arrived.
 * Never throws.
 */
export function readTypedFields(root: ParentNode): Map<string, string> {
  const typed = new Map<string, string>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-state]')) {
    const key = el.dataset.state ?? '';
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked && !el.defaultChecked) typed.set(key, el.value);
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked !== el.defaultChecked) typed.set(key, el.checked ? '1' : '');
    } else if (el instanceof HTMLSelectElement) {
      const rendered = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
      if (el.value !== (rendered?.value ?? '')) typed.set(key, el.value);
    } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el.value !== el.defaultValue) typed.set(key, el.value);
    }
  }
  return typed;
}
