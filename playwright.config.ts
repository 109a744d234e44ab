import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findTestBrowser } from './scripts/chromium-path.mjs';
import { ORIGIN_VARIABLES } from './tests/browser/origins';

/** The projects the long-task tests wait for. */
const LONG_TASKS_AFTER = ['browser'];

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
  // Serves `dist/` at the root and `dist-sub/` under /sub/, each on a free port, before any worker starts.
  globalSetup: './tests/browser/serve-builds.ts',
  use: {
    // Set by the global setup; workers load this file again after it has run.
    ...(process.env[ORIGIN_VARIABLES.dist] && { baseURL: process.env[ORIGIN_VARIABLES.dist] }),
    browserName: 'chromium',
    launchOptions: {
      executablePath: findTestBrowser(),
      args: [
        ...CHROMIUM_ARGS,
        // Every host but the tests' own servers resolves to nothing: no test reaches another. The
        // tests record any request that tries (fixtures.ts).
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        // The GPU process's work runs as a thread of the browser process, which spares two cores a
        // process and its messages: 4-6% less time on four spec files, in the headless shell 150
        // and 156 alike (four and two runs each way).
        '--in-process-gpu',
      ],
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
      dependencies: LONG_TASKS_AFTER,
      // The JSON report leaves out `dependencies`; `npm test` reads them here to say why a test did not run.
      metadata: { dependencies: LONG_TASKS_AFTER },
      fullyParallel: false,
    },
  ],
});
