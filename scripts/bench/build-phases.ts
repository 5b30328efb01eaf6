// Where the build time goes: one clean `astro build`, its log lines stamped in ms from the start,
// cut into phases; then the build-time parts that can be timed on their own, in this process
// (Pagefind indexing plus the search vocabulary, the vocabulary alone, the callback diagram layout).
// Usage: npm run bench:phases   (builds into dist-phases; run it under the shared lock on a shared machine)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { flowEdges, flowNodes, flowRoot } from '../../src/data/callback-flow.ts';
import pagefindIndex from '../../src/integrations/pagefind-index.ts';
import { readIndexRecords } from '../../src/integrations/pagefind-records.ts';
import { layoutCallbackFlow } from '../../src/lib/callbacks/flow-diagram.ts';
import { validateFlow } from '../../src/lib/callbacks/flow-graph.ts';
import { findLayoutProblems } from '../../src/lib/callbacks/layout-checks.ts';
import { buildVocabulary } from '../../src/lib/search/vocabulary.ts';

const outDir = 'dist-phases';
const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: 'node_modules/.astro-phases' };
rmSync(outDir, { recursive: true, force: true });
rmSync('node_modules/.astro-phases', { recursive: true, force: true });

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs a clean build and returns its log lines, each with ms since the command started. */
async function stampedBuild(): Promise<{ ms: number; line: string }[]> {
  const start = performance.now();
  const lines: { ms: number; line: string }[] = [];
  const child = spawn('npx', ['astro', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  ['Pagefind index and search vocabulary', at(/\[pagefind-index\]/)],
  ['exit', at(/\(process exited\)/)],
];
console.log('phase                                           ends at   takes');
let previous = 0;
for (const [name, ms] of marks) {
  console.log(`${name.padEnd(48)}${ms.toFixed(0).padStart(7)}${(ms - previous).toFixed(0).padStart(8)} ms`);
  previous = ms;
}

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
