// The built Pagefind index itself (no browser): one record per FAQ answer, none for chrome or UI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerSearchText, toolSearchTerms } from '../../src/data/search-terms.ts';
import { tools } from '../../src/data/tools.ts';
import { readIndexRecords } from '../../src/integrations/pagefind-records.ts';
import { listFaqAnchors } from '../../src/lib/search/index-html.ts';
import { faqEntries } from './faq-entries.ts';
import { expect, test } from './test-utils.ts';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';

test.describe('the search index', () => {
  const records = readIndexRecords(outDir);
  const faqHtml = readFileSync(join(outDir, 'faq', 'index.html'), 'utf8');

  test('has exactly one record per FAQ answer, linked to its anchor, and none for the whole page', () => {
    const anchors = listFaqAnchors(faqHtml);
    expect(anchors.length).toBeGreaterThanOrEqual(30);
    const faqUrls = records.map((r) => r.url).filter((url) => url.startsWith('/faq/'));
    expect(faqUrls.sort()).toEqual(anchors.map((anchor) => `/faq/#${anchor}`).sort());
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  test("gives each answer its own question as title, its section's title, and its summary", () => {
    const record = records.find((r) => r.url === '/faq/#are-you-using-ngrok');
    expect(record?.meta).toMatchObject({
      title: 'Are you using ngrok?',
      section: 'My environment seems to be unavailable for Resurs',
      description: expect.stringContaining('ngrok is blocked at firewall level'),
    });
    // The hidden keywords are searchable text of the record…
    expect(record?.content).toMatch(/Also searched as: tunnel, localtunnel/);
    // …and no other answer's text leaks in.
    expect(record?.content).not.toContain('proxies are supported only');
  });

  test('holds no navigation, footer, table of contents, theme toggle or copy-link text', () => {
    for (const record of records) {
      const noises = [
        'Skip to content',
        'On this page',
        'Dark theme',
        'Based on Resurs Bank',
        'Resurs IP lists (JSON)',
      ];
      // Every FAQ heading carries a "Copy link" permalink; a tool page may mention the button in prose.
      if (record.url.startsWith('/faq/')) noises.push('Copy link');
      for (const noise of noises) expect(record.content, `${record.url} contains “${noise}”`).not.toContain(noise);
    }
  });

  test('indexes each built tool page once, as a tool, without the text of its controls', () => {
    const built = tools.filter((tool) => existsSync(join(outDir, 'tools', tool.id, 'index.html')));
    test.skip(built.length === 0, 'no tool page is built yet');
    for (const tool of built) {
      const record = records.find((r) => r.url === `/tools/${tool.id}/`);
      expect(record?.meta, tool.id).toMatchObject({ title: tool.title, section: 'Tool', description: tool.summary });
      // Buttons (Copy link, Check…) and form labels live inside the tool's islands, which are not indexed.
      const html = readFileSync(join(outDir, 'tools', tool.id, 'index.html'), 'utf8');
      const buttons = [...html.matchAll(/<button[^>]*>([^<]{6,})<\/button>/g)].map((m) => (m[1] ?? '').trim());
      for (const text of buttons) {
        if (html.split(text).length > 2) continue; // the same words also appear as prose
        expect(record?.content, `${tool.id} contains the button text “${text}”`).not.toContain(text);
      }
    }
    expect(records.filter((r) => r.url === '/tools/' || r.url === '/' || r.url === '/search/')).toEqual([]);
  });

  test('glues no two words together: every word of every record is a word of its page', () => {
    // A word is a run of letters and digits. On the page, with every tag read as a space, "Listed in"
    // and "192.121.110.0/24" in two table cells stay apart; an indexed "in192" would be glued.
    const runs = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const pageRuns = (html: string) =>
      new Set(runs(html.replace(/<[^>]*>/g, ' ').replace(/&(?:amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/gi, ' ')));
    const faqRuns = pageRuns(faqHtml);
    let checked = 0;
    for (const record of records) {
      const tool = tools.find((t) => record.url === `/tools/${t.id}/`);
      const page = record.url.startsWith('/faq/') ? 'faq' : tool ? `tools/${tool.id}` : undefined;
      if (!page) continue;
      const known =
        page === 'faq' ? new Set(faqRuns) : pageRuns(readFileSync(join(outDir, page, 'index.html'), 'utf8'));
      // Hidden text the index step adds to the record.
      const extras = tool
        ? [tool.title, tool.summary, ...toolSearchTerms[tool.id], 'Tool', 'Also searched as']
        : [
            ...answerSearchText(record.url.slice('/faq/#'.length)).map((part) => part.text),
            // The answer's summary and search terms, indexed and then removed from the served page.
            faqEntries.find((entry) => `/faq/#${entry.anchor}` === record.url)?.indexOnlyText ?? '',
            'Also searched as',
          ];
      for (const run of runs(extras.join(' '))) known.add(run);
      const glued = runs(record.content).filter((run) => !known.has(run));
      expect(glued, `${record.url} has words that are not words of its page`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });
});
