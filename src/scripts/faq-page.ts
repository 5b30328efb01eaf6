// The FAQ page's behaviour: copy link, copy answer, and the tools that arrive when the reader gets
// near them. The page reads, links and lands without any of it, so it loads after the page has
// (src/pages/faq/index.astro).
import './copy-link.ts';
import './copy-answer.ts';
import './lazy-embeds.ts';
