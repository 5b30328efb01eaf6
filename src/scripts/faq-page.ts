// The FAQ page's behaviour, run by src/scripts/site.ts after the load event: copy link, copy answer,
// and the tools that arrive when the reader gets near them. The page reads, links and lands without
// it (a Copy link clicked before it runs is a plain link to the answer).
import './copy-link.ts';
import './copy-answer.ts';
import './lazy-embeds.ts';
