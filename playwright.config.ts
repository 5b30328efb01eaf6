import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests run against the built site served by `astro preview`.
 * CHROMIUM_PATH overrides the browser (default: Debian's /usr/bin/chromium); set it to an empty
 * string to use Playwright's own downloaded browser. PORT and ASTRO_OUT_DIR let several runs
 * share a machine.
 */
const port = Number(process.env.PORT ?? 4322);
const basePath = process.env.BASE_PATH ?? '/';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'off',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // --ignore-lock: Astro 7 otherwise refuses a second preview server in one project.
    command: `npm run preview -- --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
