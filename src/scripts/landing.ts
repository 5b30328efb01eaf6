// Where a link lands. A #fragment on arrival is the browser's job, done at once (global.css keeps
// smooth scrolling off until the reader clicks a link within the page, which turns it on here). A
// tool link with state but no #section (typed, trimmed or shortened) scrolls to the first section
// whose URL parameters it carries, which also hydrates that section's client:visible island.

/** Whether a click on this link moves within the current page. */
function isInPageLink(link: HTMLAnchorElement): boolean {
  if (!link.hash) return false;
  return link.origin === location.origin && link.pathname === location.pathname && link.search === location.search;
}

document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (link && isInPageLink(link)) document.documentElement.dataset.smoothScroll = '';
  },
  { capture: true },
);

/** The first section whose data-state-keys names one of the URL's parameters. */
function firstSectionWithState(params: URLSearchParams): HTMLElement | null {
  for (const section of document.querySelectorAll<HTMLElement>('[data-state-keys]')) {
    const keys = (section.dataset.stateKeys ?? '').split(/\s+/).filter(Boolean);
    if (keys.some((key) => params.has(key))) return section;
  }
  return null;
}

if (location.hash === '' && location.search.length > 1) {
  const section = firstSectionWithState(new URLSearchParams(location.search));
  section?.scrollIntoView({ block: 'start', behavior: 'instant' });
}
