// Text first on /faq/: on a plain arrival (no #fragment, no query, not a reload or back/forward,
// which restore a scroll position), theme-init.inline.js sets <html data-defer-layout> and
// global.css gives every answer `content-visibility: auto`, so the first paint lays out only the
// answers on the first screen. After the load event (this runs from faq-page.ts) the answers are
// laid out one per frame, so no long task follows the first paint, and then the attribute goes:
// from then on the page is laid out as plain HTML. A click on a link within the page, a fragment
// change or printing lays out everything at once first, so a jump lands where the answer really is.

const root = document.documentElement;

/** Whether answers are still waiting for their layout. */
const deferred = () => 'deferLayout' in root.dataset;

/** The answers laid out so far by {@link next}, whose inline style is cleared at the end. */
const done: HTMLElement[] = [];

/** Lays out every answer now and ends deferred layout. */
function finish(): void {
  if (!deferred()) return;
  delete root.dataset.deferLayout;
  for (const entry of done) {
    entry.style.removeProperty('content-visibility');
    if (!entry.getAttribute('style')) entry.removeAttribute('style');
  }
}

if (deferred()) {
  const queue = [...document.querySelectorAll<HTMLElement>('[data-faq-entry]')];
  const next = () => {
    if (!deferred()) return;
    const entry = queue.shift();
    if (!entry) return finish();
    entry.style.contentVisibility = 'visible';
    done.push(entry);
    requestAnimationFrame(next);
  };
  requestAnimationFrame(next);
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (link?.hash && link.pathname === location.pathname) finish();
    },
    { capture: true },
  );
  addEventListener('hashchange', finish);
  addEventListener('beforeprint', finish);
}
