import type { APIRoute } from 'astro';
import { faqSiteInfo, loadFaqMarkdown } from '../components/faq-markdown.ts';
import { absoluteUrl } from '../components/href.ts';
import { formatLlmsTxt } from '../lib/faq/faq-document.ts';

/** llms.txt (llmstxt.org): the FAQ's answers as links to their Markdown files. */
export const GET: APIRoute = async () =>
  new Response(formatLlmsTxt(faqSiteInfo, await loadFaqMarkdown(), absoluteUrl('/llms-full.txt')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
