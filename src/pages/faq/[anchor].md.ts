import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFaqMarkdown } from '../../components/faq-markdown.ts';
import { formatAnswerDocument } from '../../lib/faq/answer-copy.ts';
import type { FaqMarkdownEntry } from '../../lib/faq/faq-document.ts';

/** One answer as Markdown, /faq/<anchor>.md: what "Copy answer" copies, for people and language models. */
export const getStaticPaths = (async () =>
  (await loadFaqMarkdown()).map((entry) => ({
    params: { anchor: entry.anchor },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: FaqMarkdownEntry }> = ({ props }) =>
  new Response(formatAnswerDocument(props.entry), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
