import { type Browser, chromium } from '@playwright/test';

/** Launch flags that work on machines without a display, GPU or outbound network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium: CHROMIUM_PATH (default /usr/bin/chromium; empty = Playwright's own browser). */
export function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ ...(path ? { executablePath: path } : {}), args: chromiumArgs });
}
