import type { APIRoute } from 'astro';
import { faqSiteInfo, loadFaqMarkdown } from '../components/faq-markdown.ts';
import { formatFaqDocument } from '../lib/faq/faq-document.ts';

/** llms-full.txt: the whole FAQ in one file, the same text as /faq.md. */
export const GET: APIRoute = async () =>
  new Response(formatFaqDocument(faqSiteInfo, await loadFaqMarkdown()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
