import { describe, expect, test } from 'vitest';
import {
  formatAnswerCopy,
  formatAnswerDocument,
  MAX_TOOL_LINK_CHARS,
  MAX_VERDICT_CHARS,
  permalinkLabel,
  readToolResult,
} from '../../src/lib/faq/answer-copy.ts';
import { renderAnswerMarkdown, siteLink } from '../../src/lib/faq/answer-markdown.ts';
import { diagramLine, embedLines, faqComponentMarkdown } from '../../src/lib/faq/component-markdown.ts';
import { type FaqMarkdownEntry, formatFaqDocument, formatLlmsTxt } from '../../src/lib/faq/faq-document.ts';
import { markdownLink, markdownTable } from '../../src/lib/faq/markdown-text.ts';
import { currentCallbackSourceList, currentOwnedBlockList } from '../../src/lib/network/history.ts';
import { localSiteUrl, resolveSiteUrl } from '../../src/lib/site/site-url.ts';

const root = { siteUrl: 'https://example.com', base: '/', components: faqComponentMarkdown };
const sub = { ...root, base: '/help/faq-site/' };
const render = (mdx: string, context = root) => renderAnswerMarkdown(mdx, context);

describe('renderAnswerMarkdown', () => {
  test.each([
    // Plain Markdown passes through as written.
    ['Use **TLS 1.2** or *higher*.', 'Use **TLS 1.2** or *higher*.'],
    // Import lines of the MDX are dropped.
    ["import X from '../x.tsx';\n\nText.", 'Text.'],
    // Root-relative links become absolute on the site.
    ['See [below](/faq/#local-networks-hosts).', 'See [below](https://example.com/faq/#local-networks-hosts).'],
    // External links are left alone.
    ['[docs](https://developers.resurs.com/)', '[docs](https://developers.resurs.com/)'],
    // Protocol-relative links are not root-relative.
    ['[x](//cdn.example.org/x)', '[x](//cdn.example.org/x)'],
    // A link inside inline code is code, not a link.
    ['Write `[x](/faq/)` literally.', 'Write `[x](/faq/)` literally.'],
    // Fenced code keeps braces, imports and component-like lines verbatim.
    ['```text\n{{template}}\nimport x\n<Foo />\n```', '```text\n{{template}}\nimport x\n<Foo />\n```'],
    // A longer fence is closed only by a fence at least as long.
    ['````md\n```\n````\nafter', '````md\n```\n````\nafter'],
    // Runs of blank lines left by removed imports fold into one.
    ["A\n\nimport X from 'x';\n\n\n\nB", 'A\n\nB'],
    // Windows line endings are read like Unix ones.
    ['A\r\n\r\nB', 'A\n\nB'],
    // An embedded tool becomes one line linking to the full tool.
    [
      '<LazyEmbed embed="order-lines" title="Check" client:visible />',
      markdownLink(embedLines['order-lines']!.label, `https://example.com${embedLines['order-lines']!.path}`),
    ],
    // The callback diagram too.
    ['<CallbackFlowSvg compact />', markdownLink(diagramLine.label, `https://example.com${diagramLine.path}`)],
  ])('renders %j', (mdx, expected) => {
    expect(render(mdx)).toEqual({ ok: true, value: expected });
  });

  test.each([
    // Under a sub-path, site links carry the base path.
    ['[faq](/faq/)', '[faq](https://example.com/help/faq-site/faq/)'],
    // Embed lines too.
    [
      '<LazyEmbed embed="magento-email" client:visible />',
      markdownLink(
        embedLines['magento-email']!.label,
        `https://example.com/help/faq-site${embedLines['magento-email']!.path}`,
      ),
    ],
  ])('renders %j under a base path', (mdx, expected) => {
    expect(render(mdx, sub)).toEqual({ ok: true, value: expected });
  });

  test.each([
    // A component without a Markdown form stops the build instead of shipping markup.
    ['<Unknown />', /no Markdown form for <Unknown \/>/],
    // An embed that names no tool, or one the Markdown does not know.
    ['<LazyEmbed client:visible />', /no Markdown form for <LazyEmbed/],
    ['<LazyEmbed embed="toString" client:visible />', /no Markdown form/],
    // A component name that is an Object property is not a component.
    ['<Constructor />', /no Markdown form/],
    // Raw HTML would end up in the .md file.
    ['<div class="x">hi</div>', /markup/],
    // A JSX expression has no text form.
    ['Base is {import.meta.env.BASE_URL}.', /expression/],
  ])('refuses %j', (mdx, error) => {
    const result = render(mdx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  test('writes every owned block and callback source into the tables, one row each', () => {
    const result = render('<CidrTable />\n\n<CallbackSources />');
    expect(result.ok).toBe(true);
    const text = result.ok ? result.value : '';
    for (const block of currentOwnedBlockList.entries) expect(text).toContain(`| \`${block.cidr}\` |`);
    for (const source of currentCallbackSourceList.entries) expect(text).toContain(`| \`${source.address}\` |`);
    expect(text).not.toMatch(/<[a-z]/i);
  });
});

describe('siteLink', () => {
  test.each([
    // A root-relative path on a domain root.
    ['https://example.com', '/', '/faq.md', 'https://example.com/faq.md'],
    // A trailing slash on the site is not doubled.
    ['https://example.com/', '/', '/faq/', 'https://example.com/faq/'],
    // The base path goes between site and path.
    ['https://example.com', '/help/', '/llms.txt', 'https://example.com/help/llms.txt'],
    // Anything else is returned as written.
    ['https://example.com', '/', 'mailto:a@b.se', 'mailto:a@b.se'],
  ])('joins %s, %s and %s', (siteUrl, base, path, expected) => {
    expect(siteLink({ siteUrl, base }, path)).toBe(expected);
  });
});

describe('markdown-text', () => {
  test.each([
    // Pipes in a cell would end the cell.
    [['a|b'], 'a\\|b'],
    // Line breaks would end the row.
    [['two\nlines'], 'two lines'],
    // A missing cell is empty.
    [[], ''],
  ])('writes cell %j as %j', (cells, expected) => {
    expect(markdownTable(['H'], [cells]).split('\n')[2]).toBe(`| ${expected} |`);
  });

  test.each([
    // Brackets in the text are escaped.
    ['a [b]', 'https://x.se/', '[a \\[b\\]](https://x.se/)'],
    // Parentheses and spaces in the URL are percent-encoded.
    ['t', 'https://x.se/a (b)', '[t](https://x.se/a%20%28b%29)'],
  ])('links %j to %j', (text, url, expected) => {
    expect(markdownLink(text, url)).toBe(expected);
  });
});

const site = 'https://example.com';

describe('readToolResult', () => {
  test.each([
    // A root-relative link is made absolute on the site.
    ['2 problems', '/tools/order-lines/?l=x', { verdict: '2 problems', href: `${site}/tools/order-lines/?l=x` }],
    // An absolute link on the site is kept.
    ['ok', `${site}/tools/allowlist/?ip=1`, { verdict: 'ok', href: `${site}/tools/allowlist/?ip=1` }],
    // Line breaks and control characters in the verdict become single spaces.
    ['a\n\u0000b\u2028c\t d', '/x', { verdict: 'a b c d', href: `${site}/x` }],
  ])('reads %j and %j', (verdict, href, expected) => {
    expect(readToolResult(verdict, href, site)).toEqual({ ok: true, value: expected });
  });

  test('cuts a long verdict on a character boundary, never inside an emoji', () => {
    const result = readToolResult('😀'.repeat(MAX_VERDICT_CHARS + 5), '/x', site);
    expect(result.ok).toBe(true);
    const verdict = result.ok ? result.value.verdict : '';
    expect(Array.from(verdict)).toHaveLength(MAX_VERDICT_CHARS);
    expect(verdict.endsWith('😀…')).toBe(true);
  });

  test.each([
    // No verdict at all.
    [null, '/x', /no verdict/],
    // A verdict of only white space.
    [' \n ', '/x', /no verdict/],
    // No link.
    ['v', undefined, /no link/],
    // A script URL.
    ['v', 'javascript:alert(1)', /does not point to this site/],
    // Another host.
    ['v', 'https://evil.example/tools/', /does not point to this site/],
    // A protocol-relative link to another host.
    ['v', '//evil.example/x', /does not point to this site/],
    // A relative path would resolve against wherever the copy is read.
    ['v', 'tools/x', /does not point to this site/],
    // An over-long link.
    ['v', `/x?${'a'.repeat(MAX_TOOL_LINK_CHARS)}`, /too long/],
    // A link the URL parser refuses.
    ['v', 'http://[::1', /does not point|not a valid/],
  ])('refuses verdict %j with link %j', (verdict, href, error) => {
    const result = readToolResult(verdict, href, site);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('answer documents and copies', () => {
  const doc = { title: 'Q?', markdown: '\nA.\n', permalink: `${site}/faq/#q` };
  const text = formatAnswerDocument(doc);

  test('holds the question, the answer and the permanent link', () => {
    expect(text).toBe(`# Q?\n\nA.\n\n${permalinkLabel} ${site}/faq/#q\n`);
  });

  test.each([
    // Without a tool result the copy is the document.
    [undefined, text],
    // With one, the verdict and the link follow the permanent link.
    [
      { verdict: 'V', href: `${site}/t/?a=1` },
      `${text}\nWhat the tool found: V\nThe tool with these values: ${site}/t/?a=1\n`,
    ],
  ])('copies with tool %j', (tool, expected) => {
    expect(formatAnswerCopy(text, tool)).toBe(expected);
  });
});

const entries: FaqMarkdownEntry[] = [
  {
    title: 'S',
    anchor: 's',
    level: 1,
    description: 'D1',
    markdown: 'M1',
    permalink: `${site}/faq/#s`,
    markdownUrl: `${site}/faq/s.md`,
  },
  {
    title: 'Q',
    anchor: 'q',
    level: 2,
    description: 'D2',
    markdown: 'M2',
    permalink: `${site}/faq/#q`,
    markdownUrl: `${site}/faq/q.md`,
  },
];
const info = { name: 'N', summary: 'One line.', faqMarkdownUrl: `${site}/faq.md`, faqUrl: `${site}/faq/` };

describe('faq documents', () => {
  test('llms.txt has an H1, a blockquote summary and one link per answer with its description', () => {
    const lines = formatLlmsTxt(info, entries, `${site}/llms-full.txt`).split('\n');
    expect(lines[0]).toBe('# N');
    expect(lines[2]).toBe('> One line.');
    for (const e of entries) expect(lines).toContain(`- [${e.title}](${e.markdownUrl}): ${e.description}`);
  });

  test('the whole FAQ lists every entry in order, sections one level above questions', () => {
    const text = formatFaqDocument(info, entries);
    expect(text.indexOf('## S\n\nM1')).toBeGreaterThan(0);
    expect(text.indexOf('### Q\n\nM2')).toBeGreaterThan(text.indexOf('## S'));
  });
});

describe('resolveSiteUrl', () => {
  test.each([
    // No SITE_URL on a developer's machine: the address npm start serves on.
    [{}, { ok: true, value: localSiteUrl, local: true }],
    // CI set to false-like values is not a build host.
    [{ CI: 'false' }, { ok: true, value: localSiteUrl, local: true }],
    // A deployment's URL is used as its origin.
    [
      { SITE_URL: 'https://example.com', CI: 'true' },
      { ok: true, value: 'https://example.com', local: false },
    ],
    // A trailing slash and surrounding space are dropped.
    [{ SITE_URL: ' https://example.com/ ' }, { ok: true, value: 'https://example.com', local: false }],
    // A port is part of the origin.
    [{ SITE_URL: 'http://127.0.0.1:4343' }, { ok: true, value: 'http://127.0.0.1:4343', local: false }],
  ])('resolves %j', (env, expected) => {
    expect(resolveSiteUrl(env)).toEqual(expected);
  });

  test.each([
    // A build host without SITE_URL must not publish 127.0.0.1 links.
    [{ CI: 'true' }, /SITE_URL is not set/],
    // An empty SITE_URL counts as missing.
    [{ CI: '1', SITE_URL: '' }, /SITE_URL is not set/],
    // Not a URL.
    [{ SITE_URL: 'example.com' }, /is not a URL/],
    // Not http(s).
    [{ SITE_URL: 'ftp://example.com' }, /https:\/\//],
    // Credentials, queries and fragments have no place in every link of the site.
    [{ SITE_URL: 'https://u:p@example.com' }, /plain address/],
    [{ SITE_URL: 'https://example.com/?a=1' }, /plain address/],
    // A sub-path belongs in BASE_PATH.
    [{ SITE_URL: 'https://example.com/help/' }, /BASE_PATH=\/help\//],
  ])('refuses %j', (env, error) => {
    const result = resolveSiteUrl(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
