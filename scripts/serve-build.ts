import { execSync, spawn } from 'node:child_process';

/** A built copy of the site, served by `astro preview` until `stop()` is called. */
export interface ServedBuild {
  /** e.g. http://127.0.0.1:4399 (no trailing slash). */
  baseUrl: string;
  outDir: string;
  /** Wall-clock ms of `astro build` (Pagefind indexing included). */
  buildMs: number;
  stop: () => void;
}

/**
 * Builds the site into `dist-<name>` and serves it on `port`, for scripts that measure the built
 * site (benchmarks, Lighthouse) without touching dist/ or another running preview.
 * Throws when the build fails or the server does not answer within 20 s.
 */
export async function buildAndServe(name: string, port: number): Promise<ServedBuild> {
  const outDir = `dist-${name}`;
  const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: `node_modules/.astro-${name}` };
  const buildStart = performance.now();
  execSync('npx astro build', { env, stdio: 'ignore' });
  const buildMs = performance.now() - buildStart;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) return { baseUrl, outDir, buildMs, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error(`serve-build: the preview of ${outDir} did not answer on port ${port}`);
}
