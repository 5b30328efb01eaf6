import type { APIRoute } from 'astro';
import { faqSiteInfo, loadFaqMarkdown } from '../components/faq-markdown.ts';
import { formatFaqDocument } from '../lib/faq/faq-document.ts';

/** The whole FAQ as one Markdown file, in page order. */
export const GET: APIRoute = async () =>
  new Response(formatFaqDocument(faqSiteInfo, await loadFaqMarkdown()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
