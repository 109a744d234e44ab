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
