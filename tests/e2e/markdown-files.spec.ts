import { existsSync, readFileSync } from 'node:fs';
import { permalinkLabel } from '../../src/lib/faq/answer-copy.ts';
import { embedLines } from '../../src/lib/faq/component-markdown.ts';
import { resolveSiteUrl } from '../../src/lib/site/site-url.ts';
import { faqEntries } from './faq-entries.ts';
import { findBrokenMarkdownLinks, markdownFiles } from './link-check.ts';
import { expect, test } from './test-utils.ts';

// The answers as Markdown (/faq/<anchor>.md, /faq.md, /llms.txt, /llms-full.txt): complete, in
// order, free of HTML, every link alive, and saying what the rendered page says.

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const basePath = process.env.BASE_PATH ?? '/';
const resolved = resolveSiteUrl(process.env);
const site = `${resolved.ok ? resolved.value : ''}${basePath}`;

/** The text outside fenced code blocks, where HTML would be markup rather than an example. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
}

/** The reading text of Markdown: syntax gone, link texts kept, as a reader of the page sees it. */
function markdownText(markdown: string): string {
  return markdown
    .replace(/^\s*(`{3,}|~{3,}).*$/gm, '')
    .replace(/^\|(?:\s*-+\s*\|)+$/gm, '')
    .replace(/!?\[((?:\\.|[^\]])*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+|^>\s?|^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/(?<!\\)\|/g, ' ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*\\])\*(?=\S)(.+?)(?<=\S)\*/gm, '$1$2')
    .replace(/`/g, '')
    .replace(/\\([\\`*_[\]|()#+\-.!])/g, '$1');
}

// The page typesets quotes (’ “ ”) where the source, and so the Markdown, has straight ones.
const squash = (text: string) => text.replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

test('llms.txt follows llmstxt.org and links every answer’s .md file', async ({ request }) => {
  const response = await request.get('llms.txt');
  expect(response.ok()).toBe(true);
  const lines = (await response.text()).split('\n');
  expect(lines[0]).toMatch(/^# \S/);
  expect(lines[1]).toBe('');
  expect(lines[2]).toMatch(/^> \S/);
  for (const entry of faqEntries) {
    const line = lines.find((l) => l.startsWith(`- [${entry.title.replace(/([[\]\\])/g, '\\$1')}](`));
    expect(line, entry.anchor).toMatch(
      new RegExp(`\\]\\(${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}faq/${entry.anchor}\\.md\\): \\S`),
    );
  }
});

test('every answer has its .md file: question, answer, permanent link, no HTML', async ({ request }) => {
  for (const entry of faqEntries) {
    const response = await request.get(`faq/${entry.anchor}.md`);
    expect(response.status(), entry.anchor).toBe(200);
    const text = await response.text();
    expect(text.startsWith(`# ${entry.title}\n\n`), entry.anchor).toBe(true);
    expect(text.trimEnd().endsWith(`${permalinkLabel} ${site}faq/#${entry.anchor}`), entry.anchor).toBe(true);
    expect(outsideCode(text), entry.anchor).not.toMatch(/<\/?[A-Za-z][^>]*>|\{[^}]*\}/);
  }
});

test('/faq.md holds every question in page order, and llms-full.txt is the same text', async ({ request }) => {
  const faq = await (await request.get('faq.md')).text();
  const headings = [...faq.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]);
  const questions = headings.filter((h) => faqEntries.some((e) => e.title === h));
  expect(questions).toEqual(faqEntries.map((e) => e.title));
  expect(outsideCode(faq)).not.toMatch(/<\/?[A-Za-z][^>]*>/);
  expect(await (await request.get('llms-full.txt')).text()).toBe(faq);
});

test('the Markdown files are not in the sitemap, and every link in them resolves', async ({ request }) => {
  expect(existsSync(outDir), `build first: ${outDir} is missing`).toBe(true);
  expect(markdownFiles(outDir).length).toBe(faqEntries.length + 3);
  expect(findBrokenMarkdownLinks(outDir, basePath, site)).toEqual([]);
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).not.toMatch(/\.md<|llms/);
  expect(readFileSync(`${outDir}/sitemap.xml`, 'utf8')).toBe(sitemap);
});

for (const anchor of [
  'my-environment',
  'limitforms',
  'do-we-support-ipv6',
  'how-do-i-configure-my-firewall-network',
  'slow-callbacks-in-magento-2',
  'when-i-add-discount-in-hosted-flow',
]) {
  test(`${anchor}.md says what the rendered answer says`, async ({ page, request }) => {
    const markdown = await (await request.get(`faq/${anchor}.md`)).text();
    const body = markdown
      .split('\n')
      .slice(1)
      .filter((line) => !line.startsWith(permalinkLabel))
      .filter((line) => !Object.values(embedLines).some((e) => line.startsWith(`[${e.label}]`)))
      .join('\n');
    await page.goto('faq/');
    const rendered = await page.locator(`[data-faq-entry="${anchor}"] .faq-body`).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const island of copy.querySelectorAll('astro-island, script, style, [data-embed]')) island.remove();
      return copy.textContent ?? '';
    });
    expect(squash(markdownText(body))).toBe(squash(rendered));
  });
}
