import { renderAnswerMarkdown } from '../lib/faq/answer-markdown.ts';
import { faqComponentMarkdown } from '../lib/faq/component-markdown.ts';
import type { FaqMarkdownEntry, FaqSiteInfo } from '../lib/faq/faq-document.ts';
import { loadFaq } from './faq-data.ts';
import { absoluteUrl } from './href.ts';

/** The site path of an answer's Markdown file: /faq/<anchor>.md. */
export function answerMarkdownPath(anchor: string): string {
  return `/faq/${anchor}.md`;
}

/** The name and summary every Markdown document and llms.txt starts with. */
export const faqSiteInfo: FaqSiteInfo = {
  name: 'Resurs Bank integration FAQ',
  summary:
    'Answers to the questions integrators ask Resurs Bank most: firewalls and callback IPs, TLS and certificates, signing, discounts and VAT, Magento e-mails and IPv6.',
  faqMarkdownUrl: absoluteUrl('/faq.md'),
  faqUrl: absoluteUrl('/faq/'),
};

/** Every FAQ entry in page order with its Markdown (one renderer: src/lib/faq/). Fails the build on an error. */
export async function loadFaqMarkdown(): Promise<FaqMarkdownEntry[]> {
  const context = {
    siteUrl: import.meta.env.SITE ?? '',
    base: import.meta.env.BASE_URL,
    components: faqComponentMarkdown,
  };
  const sections = await loadFaq();
  return sections
    .flatMap((s) => [s.entry, ...s.children])
    .map((e) => {
      const rendered = renderAnswerMarkdown(e.entry.body ?? '', context);
      if (!rendered.ok) throw new Error(`${e.entry.id}: ${rendered.error}`);
      return {
        title: e.title,
        anchor: e.anchor,
        level: e.level,
        description: e.description,
        markdown: rendered.value,
        permalink: absoluteUrl(`/faq/#${e.anchor}`),
        markdownUrl: absoluteUrl(answerMarkdownPath(e.anchor)),
      };
    });
}
