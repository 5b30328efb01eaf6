// What every page does once it is on screen, after the load event: the theme toggle, in-page
// landing, the search dialog, and what the page itself holds (the FAQ's copy buttons and embedded
// tools). Before it runs the page reads, links and lands as plain HTML. src/components/
// DeferredScripts.astro loads it; the build makes that an import after the load event and the frame
// after it (src/lib/site/defer-scripts.ts), so no script is fetched before it or holds up the first paint.
// When everything has started, <html> gets `data-ready` (what tests wait for before pressing keys).

import './theme-toggle.ts';
import './landing.ts';
import { searchReady } from './search-dialog.ts';

const features: Promise<unknown>[] = [searchReady];
if (document.querySelector('[data-copy-link], [data-faq-entry], [data-embed]')) {
  features.push(import('./faq-page.ts'));
}
void Promise.allSettled(features).then(() => {
  document.documentElement.dataset.ready = '';
});
