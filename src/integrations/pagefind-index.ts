import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { answerSearchText, toolSearchTerms } from '../data/search-terms.ts';
import { tools } from '../data/tools.ts';
import {
  addRecordExtras,
  appendToFaqEntry,
  isolateFaqEntry,
  listFaqAnchors,
  separateBlocks,
  stripIndexOnly,
} from '../lib/search/index-html.ts';
import { findErrorCodes } from '../lib/search/pasted-error.ts';
import { buildVocabulary, vocabularyFile } from '../lib/search/vocabulary.ts';
import { readIndexRecords } from './pagefind-records.ts';

/*
 * What gets indexed, and why:
 * - /faq/ is one page, but customers look for one answer: every `data-faq-entry` section becomes its
 *   own record with the URL /faq/#<anchor>, so each result is one answer, ranked on its own text, and
 *   never appears twice (src/components/FaqEntry.astro carries the title, section and hidden terms).
 * - Tool pages (/tools/<id>/) are indexed from their `data-pagefind-body` element, or their <main> if
 *   they have none, plus the tool's title, summary and search terms from src/data.
 * - Any other page is indexed only if it marks content with `data-pagefind-body` (today: none).
 * - Interactive UI is never indexed: islands, forms and their controls, buttons, live regions and the
 *   "Copy link" permalinks (see `notIndexed`). Explanatory text belongs in server-rendered markup.
 * - Every tag that is not a phrasing element separates words (`separateBlocks`), so table cells, list
 *   items and labels never run together into one indexed word.
 * - FAQ answers also get, hidden, the error messages they explain (`answerSearchText`).
 * - Text only the index needs (`data-index-only`: the answers' hidden summaries and search terms) is
 *   removed from the served pages once indexed, so readers do not download it.
 * - After indexing, the words of every record with their counts go to `<outDir>/search-vocabulary.json`,
 *   which the search loads to correct misspelled words (src/lib/search/correct-query.ts).
 */
const notIndexed = [
  'astro-island',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'output',
  '[role="status"]',
  '[role="alert"]',
  '[data-copy-link]',
  'svg',
];

// A tool page explains many FAQ topics at length (ngrok, IPv6, certificates on the allowlist page); at
// full weight it would outrank the one answer about each. Its title, summary and search terms keep
// their weight, so a search for what the tool does still finds it first.
const toolTextWeight = 0.5;

function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The root-relative URL of a built file: 'faq/index.html' → '/faq/'. */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Builds the Pagefind search index into `<outDir>/pagefind` after every static build. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: notIndexed, forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
        const add = async (url: string, content: string) => {
          const added = await index.addHTMLFile({ url, content: separateBlocks(content) });
          if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
        };
        let records = 0;
        const indexOnly: string[] = [];
        for (const file of listHtmlFiles(outDir)) {
          if (file.startsWith(join(outDir, 'pagefind'))) continue;
          const url = urlOf(outDir, file);
          const html = readFileSync(file, 'utf8');
          if (html.includes('data-index-only')) indexOnly.push(file);
          const tool = tools.find((t) => url === `/tools/${t.id}/`);
          if (url === '/faq/') {
            const anchors = listFaqAnchors(html);
            if (anchors.length === 0) throw new Error('pagefind: /faq/ has no data-faq-entry sections to index');
            for (const anchor of anchors) {
              const isolated = isolateFaqEntry(html, anchor);
              if (!isolated.ok) throw new Error(isolated.error);
              let page = isolated.value;
              for (const { text, weight } of answerSearchText(anchor)) {
                // Codes glued to a prefix ("NET::ERR_CERT_DATE_INVALID") are also stored alone, as pasted.
                const entry = appendToFaqEntry(page, anchor, `${text} ${findErrorCodes(text).join(' ')}`, weight);
                if (!entry.ok) throw new Error(entry.error);
                page = entry.value;
              }
              await add(`/faq/#${anchor}`, page);
              records++;
            }
          } else if (tool) {
            const page = addRecordExtras(html, {
              title: tool.title,
              section: 'Tool',
              summary: tool.summary,
              terms: toolSearchTerms[tool.id],
              weight: toolTextWeight,
            });
            if (!page.ok) throw new Error(`${page.error} (${url})`);
            await add(url, page.value);
            records++;
          } else if (html.includes('data-pagefind-body')) {
            await add(url, html);
            records++;
          }
        }
        await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        await pagefind.close();
        for (const file of indexOnly) {
          const { html, removed } = stripIndexOnly(readFileSync(file, 'utf8'));
          if (removed === 0) throw new Error(`pagefind: ${file} has data-index-only text that could not be removed`);
          writeFileSync(file, html);
        }
        const vocabulary = buildVocabulary(readIndexRecords(outDir).map((record) => record.content));
        writeFileSync(join(outDir, vocabularyFile), vocabulary);
        logger.info(`indexed ${records} search records; vocabulary ${vocabulary.length} bytes`);
      },
    },
  };
}
