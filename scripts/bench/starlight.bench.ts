// Side by side with the Starlight anchor (../shared/anchors, the same FAQ on Starlight's defaults), in
// one run: clean builds of both sites, alternating (median time and peak memory), then /faq/, / and
// /tools/allowlist/ of this site against the anchor's page, both behind the same compressing static
// server: all bytes (gzip), bytes before the load event, first and largest contentful paint and
// requests, each as the median of rounds that alternate which site goes first, with project/Starlight.
// The anchor has no tool page: /tools/allowlist/ is set against its /faq/, the page a Starlight team
// would put the tool's explanation on. The method follows ../shared/anchors/faq-vs-starlight.mjs.
// BENCH_STARLIGHT_ROUNDS (default 5) and BENCH_STARLIGHT_BUILDS (default 3) change the counts.
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../browser.ts';
import type { BenchContext, BenchFigure } from './types.ts';

const anchors = resolve('../shared/anchors');
const anchorDir = join(process.env.TMPDIR ?? tmpdir(), 'starlight-anchor');
const rounds = Number(process.env.BENCH_STARLIGHT_ROUNDS ?? 5);
const builds = Number(process.env.BENCH_STARLIGHT_BUILDS ?? 3);
/** This site's page, and the anchor's page it is compared with. */
const pairs: [string, string][] = [
  ['/faq/', '/faq/'],
  ['/', '/'],
  ['/tools/allowlist/', '/faq/'],
];
const projectPort = 4401;
const anchorPort = 4402;

interface PageFigures {
  gz: number;
  beforeGz: number;
  requests: number;
  fcp: number;
  lcp: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Installs and builds the anchor once (the shared script does it and then measures; its output is not used). */
function ensureAnchor(projectOut: string) {
  const lockMatches =
    existsSync(join(anchorDir, '.built')) &&
    readFileSync(join(anchors, 'starlight/package-lock.json'), 'utf8') ===
      readFileSync(join(anchorDir, 'package-lock.json'), 'utf8');
  if (lockMatches) return;
  console.log(`starlight: installing and building the anchor into ${anchorDir} (about a minute)`);
  execFileSync('bash', [join(anchors, 'faq-vs-starlight.sh')], {
    env: { ...process.env, DIST_DIR: resolve(projectOut), ROUNDS: '1' },
    stdio: 'ignore',
  });
}

/** One clean build: wall-clock ms and peak resident memory in MB (from GNU time, when installed). */
function timedBuild(cwd: string, env: NodeJS.ProcessEnv, clean: string[]): { ms: number; mb: number } {
  for (const dir of clean) rmSync(join(cwd, dir), { recursive: true, force: true });
  const timeFile = join(tmpdir(), `bench-starlight-time-${process.pid}`);
  const gnuTime = existsSync('/usr/bin/time');
  const start = performance.now();
  execSync(gnuTime ? `/usr/bin/time -f %M -o ${timeFile} npx astro build` : 'npx astro build', {
    cwd,
    env,
    stdio: 'ignore',
  });
  const ms = performance.now() - start;
  const mb = gnuTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { ms, mb };
}

function serve(dir: string, port: number) {
  const child = spawn(join(anchorDir, 'node_modules/.bin/serve'), ['-L', '-n', '-l', `tcp://127.0.0.1:${port}`, dir], {
    stdio: 'ignore',
    detached: true,
  });
  return () => process.kill(-child.pid!, 'SIGTERM');
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`starlight bench: ${url} did not answer`);
}

/** One cold load in a fresh browser, as faq-vs-starlight.mjs measures it. */
async function measure(url: string): Promise<PageFigures> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const bodies: Promise<{ gz: number; before: boolean }>[] = [];
    let loaded = false;
    page.on('load', () => {
      loaded = true;
    });
    page.on('response', (response) => {
      const before = !loaded;
      bodies.push(
        response
          .body()
          .then((body) => ({ gz: gzipSync(body).length, before }))
          .catch(() => ({ gz: 0, before })),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    const paint = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number }>((done) => {
          let lcp = Number.NaN;
          new PerformanceObserver((list) => {
            lcp = list.getEntries().at(-1)?.startTime ?? lcp;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(
            () =>
              done({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN, lcp }),
            100,
          );
        }),
    );
    const all = await Promise.all(bodies);
    return {
      gz: all.reduce((sum, b) => sum + b.gz, 0),
      beforeGz: all.filter((b) => b.before).reduce((sum, b) => sum + b.gz, 0),
      requests: all.length,
      ...paint,
    };
  } finally {
    await browser.close();
  }
}

export default async function starlight({ outDir }: BenchContext): Promise<BenchFigure[]> {
  if (!existsSync(join(anchors, 'faq-vs-starlight.sh'))) {
    console.log(`\nstarlight: skipped, no Starlight anchor at ${anchors} (see ../shared/anchors/README.md)`);
    return [];
  }
  ensureAnchor(outDir);

  // Clean builds, alternating which site goes first, so load on the machine hits both alike.
  const env = { ...process.env, ASTRO_OUT_DIR: 'dist-bench-build', ASTRO_CACHE_DIR: 'node_modules/.astro-bench-build' };
  const times = { project: [] as { ms: number; mb: number }[], starlight: [] as { ms: number; mb: number }[] };
  for (let i = 0; i < builds; i++) {
    const order = i % 2 === 0 ? (['project', 'starlight'] as const) : (['starlight', 'project'] as const);
    for (const who of order) {
      times[who].push(
        who === 'project'
          ? timedBuild('.', env, ['dist-bench-build', 'node_modules/.astro-bench-build'])
          : timedBuild(anchorDir, process.env, ['dist', 'node_modules/.astro', '.astro']),
      );
    }
  }
  rmSync('dist-bench-build', { recursive: true, force: true });

  const stops = [serve(resolve(outDir), projectPort), serve(join(anchorDir, 'dist'), anchorPort)];
  const results: { path: string; anchorPath: string; project: PageFigures; starlight: PageFigures }[] = [];
  try {
    await waitFor(`http://127.0.0.1:${projectPort}/faq/`);
    await waitFor(`http://127.0.0.1:${anchorPort}/faq/`);
    for (const [path, anchorPath] of pairs) {
      const runs = { project: [] as PageFigures[], starlight: [] as PageFigures[] };
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 === 0 ? (['project', 'starlight'] as const) : (['starlight', 'project'] as const);
        for (const who of order) {
          const url =
            who === 'project'
              ? `http://127.0.0.1:${projectPort}${path}`
              : `http://127.0.0.1:${anchorPort}${anchorPath}`;
          runs[who].push(await measure(url));
        }
      }
      const med = (list: PageFigures[]): PageFigures => ({
        gz: median(list.map((r) => r.gz)),
        beforeGz: median(list.map((r) => r.beforeGz)),
        requests: median(list.map((r) => r.requests)),
        fcp: median(list.map((r) => r.fcp)),
        lcp: median(list.map((r) => r.lcp)),
      });
      results.push({ path, anchorPath, project: med(runs.project), starlight: med(runs.starlight) });
    }
  } finally {
    for (const stop of stops) stop();
  }

  // The side-by-side table, as the issue quotes it.
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const rows: string[][] = [['', 'this site', 'Starlight', 'ratio']];
  for (const r of results) {
    const label = r.path === r.anchorPath ? r.path : `${r.path} (vs ${r.anchorPath})`;
    rows.push(
      [`${label} all bytes, gzip`, kb(r.project.gz), kb(r.starlight.gz), ratio(r.project.gz, r.starlight.gz)],
      [
        `${label} before the load event, gzip`,
        kb(r.project.beforeGz),
        kb(r.starlight.beforeGz),
        ratio(r.project.beforeGz, r.starlight.beforeGz),
      ],
      [
        `${label} first contentful paint`,
        ms(r.project.fcp),
        ms(r.starlight.fcp),
        ratio(r.project.fcp, r.starlight.fcp),
      ],
      [
        `${label} largest contentful paint`,
        ms(r.project.lcp),
        ms(r.starlight.lcp),
        ratio(r.project.lcp, r.starlight.lcp),
      ],
      [
        `${label} requests`,
        String(r.project.requests),
        String(r.starlight.requests),
        ratio(r.project.requests, r.starlight.requests),
      ],
    );
  }
  const p = { ms: median(times.project.map((t) => t.ms)), mb: median(times.project.map((t) => t.mb)) };
  const s = { ms: median(times.starlight.map((t) => t.ms)), mb: median(times.starlight.map((t) => t.mb)) };
  rows.push(
    [`build, median of ${builds} clean builds`, ms(p.ms), ms(s.ms), ratio(p.ms, s.ms)],
    ['build, peak memory', `${p.mb.toFixed(0)} MB`, `${s.mb.toFixed(0)} MB`, ratio(p.mb, s.mb)],
  );
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`\nSide by side with Starlight (${rounds} alternating rounds per page, medians; one run)`);
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }

  const figures: BenchFigure[] = [];
  for (const r of results) {
    const group = `vs Starlight ${r.path === r.anchorPath ? r.path : `${r.path} (Starlight ${r.anchorPath})`}`;
    for (const [metric, a, b, unit] of [
      ['all bytes gzip', r.project.gz, r.starlight.gz, 'B'],
      ['before load gzip', r.project.beforeGz, r.starlight.beforeGz, 'B'],
      ['FCP', r.project.fcp, r.starlight.fcp, 'ms'],
      ['LCP', r.project.lcp, r.starlight.lcp, 'ms'],
      ['requests', r.project.requests, r.starlight.requests, 'count'],
    ] as const) {
      figures.push(
        { group, metric: `${metric}, this site`, value: a, unit },
        { group, metric: `${metric}, Starlight`, value: b, unit },
        { group, metric: `${metric}, ratio`, value: Math.round((a / b) * 1000) / 1000, unit: 'ratio' },
      );
    }
  }
  const group = `vs Starlight build (median of ${builds}, alternating)`;
  figures.push(
    { group, metric: 'build, this site', value: p.ms, unit: 'ms' },
    { group, metric: 'build, Starlight', value: s.ms, unit: 'ms' },
    { group, metric: 'build, ratio', value: Math.round((p.ms / s.ms) * 1000) / 1000, unit: 'ratio' },
    { group, metric: 'peak memory MB, this site', value: Math.round(p.mb), unit: 'count' },
    { group, metric: 'peak memory MB, Starlight', value: Math.round(s.mb), unit: 'count' },
  );
  return figures;
}
