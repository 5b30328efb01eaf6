import type { Browser } from '@playwright/test';

/** What a benchmark module gets: the served built site and a launched browser. */
export interface BenchContext {
  /** e.g. http://127.0.0.1:4399 (no trailing slash; the site is served at the root). */
  baseUrl: string;
  browser: Browser;
  /** The folder the site was built into. */
  outDir: string;
}

/** One printed figure. `group` is the table heading, e.g. "/faq/" or "allowlist tool". */
export interface BenchFigure {
  group: string;
  metric: string;
  value: number;
  unit: 'ms' | 'B' | 'count' | '%' | 'ratio';
}
