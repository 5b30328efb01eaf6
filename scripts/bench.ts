// Prints the site's performance figures and writes them to bench-results/latest.json.
// Usage: npm run bench [-- name ...]   (builds into dist-bench, serves it on port 4399, measures, stops;
// names pick scripts/bench/<name>.bench.ts modules, default all)
// Each scripts/bench/*.bench.ts module adds its own figures (tool compute times, search latency).
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchFigure } from './bench/types.ts';
import { launchChromium } from './browser.ts';

const only = process.argv.slice(2);
const port = 4399;
const outDir = 'dist-bench';
const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: 'node_modules/.astro-bench' };

const buildStart = performance.now();
execSync('npx astro build', { env, stdio: 'ignore' });
const buildMs = performance.now() - buildStart;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  env,
  stdio: 'ignore',
  detached: true,
});
const baseUrl = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const figures: BenchFigure[] = [
  { group: 'build', metric: 'build time (astro build + pagefind)', value: buildMs, unit: 'ms' },
];
const browser = await launchChromium();
const context: BenchContext = { baseUrl, browser, outDir };
try {
  const modules = readdirSync('scripts/bench')
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
    .sort();
  for (const file of modules) {
    const mod = (await import(pathToFileURL(`scripts/bench/${file}`).href)) as {
      default: (ctx: BenchContext) => Promise<BenchFigure[]>;
    };
    figures.push(...(await mod.default(context)));
  }
} finally {
  await browser.close();
  process.kill(-server.pid!, 'SIGTERM');
}

const format = (f: BenchFigure) =>
  f.unit === 'ms'
    ? `${f.value.toFixed(1)} ms`
    : f.unit === 'B'
      ? `${f.value.toLocaleString('en')} B`
      : `${f.value} ${f.unit}`;
let group = '';
for (const f of figures) {
  if (f.group !== group) {
    group = f.group;
    console.log(`\n${group}`);
  }
  console.log(`  ${f.metric.padEnd(58)} ${format(f)}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
console.log('\nwritten: bench-results/latest.json');
