import { chromium, defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The browser: CHROMIUM_PATH if set, else Debian's Chromium, else Playwright's own download.
 * With none of them the run fails (never skips), in CI and everywhere else.
 */
function findChromium(): string {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    chromium.executablePath(),
  ];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: apt-get install chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}

const PORT = 4322;
/** The second build, made by `npm test` with BASE_PATH=/sub/, served under /sub/ as its host would. */
export const SUB_PORT = 4323;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
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
  webServer: [
    {
      command: `node scripts/serve-dist.mjs --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-dist.mjs --dir dist-sub --port ${SUB_PORT} --base /sub/`,
      url: `http://127.0.0.1:${SUB_PORT}/sub/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
