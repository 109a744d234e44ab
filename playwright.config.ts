import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

/** The first build, `dist/`, at the root. */
export const PORT = 4322;
/** The second build, made by `npm test` with BASE_PATH=/sub/, served under /sub/ as its host would. */
export const SUB_PORT = 4323;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  // Waits, not timings: a two-core machine running two browsers can take more than the default five
  // seconds to render forty search results.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'browser', testIgnore: /long-tasks\.spec\.ts/ },
    {
      // Long tasks are measured alone, after every other browser test: a second worker's Chromium
      // sharing this machine's two cores would stretch the reading page's tasks with its own.
      // `npx playwright test long-tasks --no-deps` runs them without the rest first.
      name: 'alone',
      testMatch: /long-tasks\.spec\.ts/,
      dependencies: ['browser'],
      fullyParallel: false,
    },
  ],
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
