// "Copy answer" on every FAQ question: copies the answer's Markdown document (fetched from its
// /faq/<anchor>.md, built by the same renderer) and, when the reader changed the tool embedded in
// the answer, the tool's verdict and full-tool link (the data-tool-* contract). text/html goes along
// where the clipboard takes it; where the clipboard is refused, the text is shown selected.

import {
  formatAnswerCopy,
  permalinkLabel,
  readPermalink,
  readToolResult,
  type ToolResult,
  toolLabels,
} from '../lib/faq/answer-copy.ts';
import { joinBase } from '../lib/site/paths.ts';
import { announce } from './announce.ts';
import { copyStyles, flashCopied, showCopyFallback } from './copy-fallback.ts';

const documents = new Map<string, Promise<string>>();

/** The answer's Markdown document, fetched once per page view. */
function loadDocument(url: string): Promise<string> {
  let loaded = documents.get(url);
  if (!loaded) {
    loaded = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    });
    loaded.catch(() => documents.delete(url));
    documents.set(url, loaded);
  }
  return loaded;
}

/** The site's own address, from the canonical link the build wrote (src/lib/site/site-url.ts). */
function siteOrigin(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  try {
    return new URL(canonical ?? window.location.href).origin;
  } catch {
    return window.location.origin;
  }
}

/** The first changed tool inside the answer, read through the untrusted-input checks. */
function readTool(entry: Element): { tool?: ToolResult; problem?: string } {
  const changed = entry.querySelector('[data-tool-changed]');
  if (!changed) return {};
  const result = readToolResult(
    changed.getAttribute('data-tool-verdict'),
    changed.getAttribute('data-tool-href'),
    siteOrigin(),
  );
  return result.ok ? { tool: result.value } : { problem: result.error };
}

const keptAttributes = new Set(['href', 'colspan', 'rowspan', 'scope']);

/** The answer as HTML for rich-text editors: the page's own markup, without widgets, links absolute. */
function answerHtml(entry: Element, document: string, tool: ToolResult | undefined): string {
  const wrapper = window.document.createElement('div');
  const heading = window.document.createElement('h3');
  heading.textContent = entry.querySelector('.faq-heading :is(h2, h3, h4)')?.textContent?.trim() ?? '';
  wrapper.append(heading);
  const body = entry.querySelector('.faq-body')?.cloneNode(true);
  if (body instanceof HTMLElement) {
    for (const el of body.querySelectorAll('astro-island, script, style, template, svg, form, button, [hidden]')) {
      el.remove();
    }
    for (const el of [body, ...body.querySelectorAll('*')]) {
      for (const attr of [...el.attributes]) {
        if (!keptAttributes.has(attr.name)) el.removeAttribute(attr.name);
      }
      const link = el.getAttribute('href');
      if (link !== null) el.setAttribute('href', new URL(link, siteOrigin()).toString());
    }
    wrapper.append(...body.childNodes);
  }
  const paragraph = (label: string, text: string, link: boolean) => {
    const p = window.document.createElement('p');
    const value = window.document.createElement(link ? 'a' : 'span');
    if (value instanceof HTMLAnchorElement) value.href = text;
    value.textContent = text;
    p.append(`${label} `, value);
    wrapper.append(p);
  };
  const permalink = readPermalink(document);
  if (permalink) paragraph(permalinkLabel, permalink, true);
  if (tool) {
    paragraph(toolLabels.verdict, tool.verdict, false);
    paragraph(toolLabels.link, tool.href, true);
  }
  return wrapper.innerHTML;
}

/** Writes text/plain and text/html; falls back to plain text only where ClipboardItem is missing. */
async function writeClipboard(text: Promise<string>, html: Promise<string>): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('clipboard unavailable');
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      // Promises, not strings: Safari needs the write to start inside the click, before the fetch ends.
      const blob = (type: string) => (value: string) => new Blob([value], { type });
      await clipboard.write([
        new ClipboardItem({ 'text/plain': text.then(blob('text/plain')), 'text/html': html.then(blob('text/html')) }),
      ]);
      return;
    } catch {
      // Fall through to plain text, which more browsers allow.
    }
  }
  await clipboard.writeText(await text);
}

async function copyAnswer(button: HTMLButtonElement): Promise<void> {
  const entry = button.closest('[data-faq-entry]');
  const url = button.dataset.copyAnswer;
  if (!entry || !url) return;
  const { tool, problem } = readTool(entry);
  const documentText = loadDocument(url);
  const text = documentText.then((doc) => formatAnswerCopy(doc, tool));
  const html = documentText.then((doc) => answerHtml(entry, doc, tool));
  try {
    await writeClipboard(text, html);
  } catch {
    try {
      showCopyFallback(await text, 'answer');
    } catch {
      announce('The answer could not be loaded. Check your connection and try again.');
    }
    return;
  }
  flashCopied(button.querySelector<HTMLElement>('.copy-link__label'));
  if (problem) announce(`Answer copied, without the tool's result: ${problem}`);
  else announce(tool ? 'Answer and tool result copied to the clipboard.' : 'Answer copied to the clipboard.');
}

/**
 * The "Copy answer" button of a question, made here rather than shipped in the page: it needs this
 * script, and 30 hidden buttons were 4 % of /faq/'s bytes. The heading it copies describes it.
 */
function copyAnswerButton(source: string, headingId: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link copy-answer';
  button.dataset.copyAnswer = source;
  button.setAttribute('aria-label', 'Copy answer');
  if (headingId) button.setAttribute('aria-describedby', headingId);
  // Static markup, no data in it.
  button.innerHTML =
    '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 4h6v3H9zM7 5.5H5.5v15h13v-15H17M8.5 11h7M8.5 14.5h7M8.5 18h4" /></svg><span class="copy-link__label" aria-hidden="true">Copy answer</span>';
  button.addEventListener('click', () => void copyAnswer(button));
  return button;
}

// Each question's Markdown file is /faq/<its heading's id>.md (src/pages/faq.md.ts writes them). The
// buttons come once their styles are there (or failed to load: an unstyled button still copies).
void copyStyles.then(() => {
  for (const heading of document.querySelectorAll<HTMLElement>('[data-faq-entry] > .faq-heading')) {
    const id = heading.querySelector(':is(h2, h3, h4)[id]')?.id;
    if (id) heading.append(copyAnswerButton(joinBase(import.meta.env.BASE_URL, `/faq/${id}.md`), id));
  }
});
