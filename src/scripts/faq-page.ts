// The FAQ page's behaviour after the load event: copy answer, and the tools that arrive when the
// reader gets near them. The page reads, links and lands without it (copy link loads at once; see
// src/pages/faq/index.astro).
import './copy-answer.ts';
import './lazy-embeds.ts';
