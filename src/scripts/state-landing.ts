// Where a tool link with state but no #section (typed, trimmed or shortened) lands: on the first
// section whose URL parameters it carries, which also hydrates that section's client:visible island.
// It runs at once on pages with tools (IslandScripts.astro), as a #fragment would: run later, with the
// site's script, it would move a page the reader (or a test) had already scrolled, away from the
// island they scrolled to before it could hydrate.

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
