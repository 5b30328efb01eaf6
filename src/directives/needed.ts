import type { ClientDirective } from 'astro';
import { readTypedFields } from '../scripts/typed-fields.ts';

/**
 * `client:needed`: fetches and evaluates the island's code at once, but hydrates only when the
 * island is needed. Until then the server-rendered tool is exactly what the page shows: the default
 * input with its verdict, marked as the example's (PendingNote), with nothing to adopt. Hydrating a
 * large tool is one long task (over 50 ms on a phone blocks input, and Lighthouse counts it as
 * total blocking time), so a reader who only reads the page never pays for it.
 *
 * The island is needed, and hydrates in a task of its own right after its code has run, when the
 * page holds state the server did not render: a query string or history state (the tool's
 * parameters, or values too long for the address bar), a field that differs from what the server
 * rendered, a field changed or focused, or the tool touched while the code loaded. Otherwise it
 * hydrates the moment a person reaches for it: the first pointerdown, focus, key, input, change or
 * click inside it. That hydration runs synchronously in the capture phase, so the same event then
 * reaches the handlers the tool has just attached (a click on "Add line" adds a line; a key typed
 * lands in the field and is adopted like anything typed before the scripts arrived).
 */
const needed: ClientDirective = async (load, _options, island) => {
  let reached = false;
  let hydrated = false;
  let hydrate: (() => Promise<void>) | null = null;
  const wake = () => {
    reached = true;
    if (!hydrate || hydrated) return;
    hydrated = true;
    for (const type of reaching) island.removeEventListener(type, wake, true);
    void hydrate();
  };
  // Listening from the start: a touch while the code still loads hydrates the tool once it has arrived.
  for (const type of reaching) island.addEventListener(type, wake, true);
  const loaded = await load();
  if (!reached && !holdsState(island)) {
    hydrate = loaded;
    return;
  }
  // A touch during the yield finds no hydrate yet and only sets `reached`; the wake below hydrates.
  await yieldToBrowser();
  hydrate = loaded;
  wake();
};

/** The events by which a person reaches for a tool (all count as input for layout-shift scoring). */
const reaching = ['pointerdown', 'focusin', 'keydown', 'input', 'change', 'click'] as const;

/** Whether the page holds state for the island that its server-rendered markup does not show. */
function holdsState(island: HTMLElement): boolean {
  return (
    window.location.search.length > 1 ||
    history.state !== null ||
    island.contains(document.activeElement) ||
    island.querySelector('[data-edited]') !== null ||
    [...island.querySelectorAll('textarea')].some((field) => field.value !== field.defaultValue) ||
    readTypedFields(island).size > 0
  );
}

/** Resolves in a new task: `scheduler.yield()` where the browser has it, otherwise a timeout. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export default needed;
