// Where a link lands. A #fragment on arrival is the browser's job, done at once (global.css keeps
// smooth scrolling off until the reader clicks a link within the page, which turns it on here). A
// tool link with state but no #section is handled before the load event, by state-landing.ts.

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
