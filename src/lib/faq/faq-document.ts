/**
 * The whole FAQ as Markdown (/faq.md, /llms-full.txt) and its llms.txt index (llmstxt.org: an H1,
 * a one-line summary in a blockquote, then H2 sections of `- [name](url): notes` links).
 */
import { markdownLink } from './markdown-text.ts';

/** One FAQ entry with its Markdown, as the documents list it. */
export interface FaqMarkdownEntry {
  title: string;
  anchor: string;
  /** 1 section, 2 question, 3 sub-question. */
  level: 1 | 2 | 3;
  description: string;
  markdown: string;
  /** Absolute URL of the entry on /faq/. */
  permalink: string;
  /** Absolute URL of the entry's own .md file. */
  markdownUrl: string;
}

/** The site's name and one-line summary, heading every document. */
export interface FaqSiteInfo {
  name: string;
  summary: string;
  /** Absolute URL of /faq.md. */
  faqMarkdownUrl: string;
  /** Absolute URL of /faq/. */
  faqUrl: string;
}

/** Every entry in order, sections as H2, questions as H3, sub-questions as H4. Never throws. */
export function formatFaqDocument(site: FaqSiteInfo, entries: readonly FaqMarkdownEntry[]): string {
  const body = entries.map(
    (e) => `${'#'.repeat(e.level + 1)} ${e.title}\n\n${e.markdown.trim()}\n\nLink to this answer: ${e.permalink}`,
  );
  return `# ${site.name}\n\n> ${site.summary}\n\nThe web version: ${site.faqUrl}\n\n${body.join('\n\n')}\n`;
}

/** The llms.txt index: every answer's .md file with its one-line description, in FAQ order. Never throws. */
export function formatLlmsTxt(site: FaqSiteInfo, entries: readonly FaqMarkdownEntry[], fullUrl: string): string {
  const links = entries.map((e) => `- ${markdownLink(e.title, e.markdownUrl)}: ${e.description}`);
  return [
    `# ${site.name}`,
    `> ${site.summary}`,
    `Each answer is a Markdown file; the same text is on ${site.faqUrl} under a stable link.`,
    `## Answers\n\n${links.join('\n')}`,
    `## Optional\n\n- ${markdownLink('The whole FAQ', site.faqMarkdownUrl)}: every answer in one file, in order\n- ${markdownLink('llms-full.txt', fullUrl)}: the same, for tools that read llms-full.txt`,
  ]
    .join('\n\n')
    .concat('\n');
}
