// Where the build time goes: one clean `astro build`, its log lines stamped in ms from the start,
// cut into phases; then the build-time parts that can be timed on their own, in this process
// (Pagefind indexing plus the search vocabulary, the vocabulary alone, the callback diagram layout).
// Usage: npm run bench:phases   (builds into dist-phases; run it under the shared lock on a shared machine)
//        PHASES_DIR=$TMPDIR/starlight-anchor npm run bench:phases   (the phases of another Astro site's build, for comparison)
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { flowEdges, flowNodes, flowRoot } from '../../src/data/callback-flow.ts';
import { answerSearchText } from '../../src/data/search-terms.ts';
import pagefindIndex from '../../src/integrations/pagefind-index.ts';
import { readIndexRecords } from '../../src/integrations/pagefind-records.ts';
import { layoutCallbackFlow } from '../../src/lib/callbacks/flow-diagram.ts';
import { validateFlow } from '../../src/lib/callbacks/flow-graph.ts';
import { findLayoutProblems } from '../../src/lib/callbacks/layout-checks.ts';
import { appendToFaqEntry, isolateFaqEntry, listFaqAnchors, separateBlocks } from '../../src/lib/search/index-html.ts';
import { findErrorCodes } from '../../src/lib/search/pasted-error.ts';
import { buildVocabulary } from '../../src/lib/search/vocabulary.ts';

const otherSite = process.env.PHASES_DIR;
const outDir = 'dist-phases';
const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: 'node_modules/.astro-phases' };
if (otherSite)
  for (const dir of ['dist', 'node_modules/.astro', '.astro'])
    rmSync(join(otherSite, dir), { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
rmSync('node_modules/.astro-phases', { recursive: true, force: true });

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs a clean build and returns its log lines, each with ms since the command started. */
async function stampedBuild(): Promise<{ ms: number; line: string }[]> {
  const start = performance.now();
  const lines: { ms: number; line: string }[] = [];
  const child = spawn('npx', ['astro', 'build'], {
    cwd: otherSite ?? '.',
    env: otherSite ? process.env : env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let rest = '';
  const read = (chunk: Buffer) => {
    const text = rest + chunk.toString();
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    const ms = performance.now() - start;
    for (const part of parts) {
      const line = part.replace(ansiColour, '').trim();
      if (line && !line.includes('MODULE_LEVEL_DIRECTIVE') && !/^([│╭╰─]|\d+ │)/.test(line)) lines.push({ ms, line });
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`build-phases: astro build exited ${code}`);
  lines.push({ ms: performance.now() - start, line: '(process exited)' });
  return lines;
}

const lines = await stampedBuild();
const at = (pattern: RegExp) => lines.find((l) => pattern.test(l.line))?.ms ?? Number.NaN;
const lastAt = (pattern: RegExp) => lines.findLast((l) => pattern.test(l.line))?.ms ?? Number.NaN;
const marks: [string, number][] = [
  ['start: Node, npx, Astro and its config loaded', at(/\[content\] Syncing/)],
  ['content sync and type generation', at(/\[types\] Generated/)],
  ['collecting build info', at(/Building static entrypoints/)],
  ['vite: server bundle (MDX, Astro, Preact SSR)', at(/\[vite\] ✓ built/)],
  ['vite: client bundle (islands, CSS)', lastAt(/\[vite\] ✓ built/)],
  ['rendering pages and endpoints', lastAt(/[├└]─ /)],
  ['Pagefind index and search vocabulary', at(otherSite ? /Finished building|pagefind/i : /\[pagefind-index\]/)],
  ['exit', at(/\(process exited\)/)],
];
console.log('phase                                           ends at   takes');
let previous = 0;
for (const [name, ms] of marks) {
  console.log(`${name.padEnd(48)}${ms.toFixed(0).padStart(7)}${(ms - previous).toFixed(0).padStart(8)} ms`);
  previous = ms;
}

if (otherSite) process.exit(0);

// Timed again on their own, in this process, on the build just made.
const time = async (name: string, run: () => unknown, rounds = 1) => {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await run();
  console.log(`${name.padEnd(56)}${((performance.now() - start) / rounds).toFixed(1).padStart(8)} ms`);
};
const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (o: unknown) => Promise<void>;
const logger = { info: () => undefined, warn: console.warn, error: console.error };
console.log('');
await time('Pagefind integration again (index + vocabulary)', () =>
  hook({ dir: new URL(`../../${outDir}/`, import.meta.url), logger }),
);
// The FAQ page cut into one record per answer (string work), then Pagefind fed those records alone.
const faqHtml = readFileSync(join(outDir, 'faq/index.html'), 'utf8');
const faqRecords: string[] = [];
await time('  FAQ cut into answer records (isolate, extras, separate)', () => {
  faqRecords.length = 0;
  for (const anchor of listFaqAnchors(faqHtml)) {
    const isolated = isolateFaqEntry(faqHtml, anchor);
    if (!isolated.ok) throw new Error(isolated.error);
    let page = isolated.value;
    for (const { text, weight } of answerSearchText(anchor)) {
      const entry = appendToFaqEntry(page, anchor, `${text} ${findErrorCodes(text).join(' ')}`, weight);
      if (entry.ok) page = entry.value;
    }
    faqRecords.push(separateBlocks(page));
  }
});
await time('  Pagefind: index those FAQ records and write files', async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [i, content] of faqRecords.entries()) await index?.addHTMLFile({ url: `/faq/#${i}`, content });
  await index?.writeFiles({ outputPath: join(tmpdir(), `build-phases-${process.pid}`) });
  await pagefind.close();
});
rmSync(join(tmpdir(), `build-phases-${process.pid}`), { recursive: true, force: true });
await time('  search vocabulary alone (read records + count words)', () =>
  buildVocabulary(readIndexRecords(outDir).map((r) => r.content)),
);
await time(
  'callback diagram layout + checks (per call)',
  () => {
    const layout = layoutCallbackFlow(flowNodes, flowEdges);
    validateFlow({ nodes: flowNodes, edges: flowEdges, root: flowRoot });
    findLayoutProblems(layout);
  },
  20,
);
