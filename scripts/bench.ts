// Prints the site's performance figures and writes them to bench-results/latest.json.
// Usage: npm run bench [-- name ...]   (builds into dist-bench, serves it on port 4399, measures, stops;
// names pick scripts/bench/<name>.bench.ts modules, default all)
// Each scripts/bench/*.bench.ts module adds its own figures (tool compute times, search latency).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchFigure } from './bench/types.ts';
import { launchChromium } from './browser.ts';
import { buildAndServe } from './serve-build.ts';

const only = process.argv.slice(2);
const { baseUrl, outDir, buildMs, stop } = await buildAndServe('bench', 4399);

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
  stop();
}

const format = (f: BenchFigure) =>
  f.unit === 'ms'
    ? `${f.value.toFixed(1)} ms`
    : f.unit === 'B'
      ? f.value.toLocaleString('en')
      : f.unit === '%'
        ? `${f.value.toFixed(1)} %`
        : f.unit === 'ratio'
          ? `${f.value.toFixed(2)}×`
          : String(f.value);

// Consecutive groups with the same metrics print as one table: a row per group, a column per metric.
const groups: { name: string; figures: BenchFigure[] }[] = [];
for (const f of figures) {
  const last = groups.at(-1);
  if (last?.name === f.group) last.figures.push(f);
  else groups.push({ name: f.group, figures: [f] });
}
const signature = (g: { figures: BenchFigure[] }) => g.figures.map((f) => `${f.metric}/${f.unit}`).join('|');
for (let i = 0; i < groups.length; ) {
  let j = i + 1;
  while (j < groups.length && signature(groups[j]!) === signature(groups[i]!)) j++;
  const block = groups.slice(i, j);
  const headers = ['', ...block[0]!.figures.map((f) => (f.unit === 'B' ? `${f.metric} (B)` : f.metric))];
  const rows = block.map((g) => [g.name, ...g.figures.map(format)]);
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(`\n${line(headers)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  i = j;
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
console.log('\nwritten: bench-results/latest.json');
