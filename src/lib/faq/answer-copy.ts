/**
 * The text of one answer as a support agent sends it: the same document as /faq/<anchor>.md, plus,
 * when the reader changed the tool embedded in the answer, the tool's verdict and a link that
 * reopens the full tool with those values. Pure: the button reads the DOM and calls these.
 */

/** One answer as a Markdown document. */
export interface AnswerDocument {
  title: string;
  /** The answer's body, from renderAnswerMarkdown. */
  markdown: string;
  /** The absolute URL of the answer on /faq/. */
  permalink: string;
}

/** What an embedded tool found, ready to paste: one line and an absolute link. */
export interface ToolResult {
  verdict: string;
  href: string;
}

/** A verdict longer than this (in characters, never splitting one) is cut, with an ellipsis. */
export const MAX_VERDICT_CHARS = 300;

/** A link longer than this is not copied: mail and ticket systems break such links. */
export const MAX_TOOL_LINK_CHARS = 8000;

/** The label in front of the answer's permanent link, in every copy and .md file. */
export const permalinkLabel = 'Link to this answer:';

/** The labels in front of the tool's verdict and link in a copy. */
export const toolLabels = { verdict: 'What the tool found:', link: 'The tool with these values:' } as const;

/** The answer as a Markdown document: question as heading, the answer, its permanent link. Never throws. */
export function formatAnswerDocument(doc: AnswerDocument): string {
  return `# ${doc.title}\n\n${doc.markdown.trim()}\n\n${permalinkLabel} ${doc.permalink}\n`;
}

/**
 * Reads the verdict and link an embedded tool put on its root element (data-tool-verdict,
 * data-tool-href) as one line of text and an absolute link on the site. The values are untrusted:
 * control characters and line breaks become spaces, a long verdict is cut on a character
 * boundary, and a link that leaves the site, is not http(s) or is over-long is refused.
 * Never throws.
 */
export function readToolResult(
  verdict: string | null | undefined,
  href: string | null | undefined,
  siteUrl: string,
): { ok: true; value: ToolResult } | { ok: false; error: string } {
  const line = (verdict ?? '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (line === '') return { ok: false, error: 'The tool gave no verdict to copy.' };
  const chars = Array.from(line);
  const oneLine = chars.length > MAX_VERDICT_CHARS ? `${chars.slice(0, MAX_VERDICT_CHARS - 1).join('')}…` : line;
  const raw = (href ?? '').trim();
  if (raw === '') return { ok: false, error: 'The tool gave no link to copy.' };
  if (raw.length > MAX_TOOL_LINK_CHARS) return { ok: false, error: 'The tool’s link is too long to send.' };
  let site: URL;
  let url: URL;
  try {
    site = new URL(siteUrl);
    url = new URL(raw, site);
  } catch {
    return { ok: false, error: 'The tool’s link is not a valid address.' };
  }
  if (url.origin !== site.origin || (!raw.startsWith('/') && !/^https?:\/\//i.test(raw)) || raw.startsWith('//')) {
    return { ok: false, error: 'The tool’s link does not point to this site.' };
  }
  return { ok: true, value: { verdict: oneLine, href: url.toString() } };
}

/** The permanent link written in an answer document, or null when it has none. Never throws. */
export function readPermalink(document: string): string | null {
  const line = document.split('\n').findLast((l) => l.startsWith(`${permalinkLabel} `));
  return line ? line.slice(permalinkLabel.length + 1).trim() : null;
}

/** The copy of an answer: its document, and the tool's result when there is one. Never throws. */
export function formatAnswerCopy(document: string, tool?: ToolResult): string {
  const text = document.trimEnd();
  if (!tool) return `${text}\n`;
  return `${text}\n\n${toolLabels.verdict} ${tool.verdict}\n${toolLabels.link} ${tool.href}\n`;
}
