import { defineConfig } from 'vitest/config';
import { TEST_CONTENT_ENV } from './scripts/test-builds.mjs';

export default defineConfig({
  test: {
    // Every core: Vitest leaves one free by default, which on a two-core machine is one worker.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          // One module graph a worker, not one a file: no unit test mutates shared state, and
          // importing every file's modules again tripled the run (34 s against 9 s, 71 files).
          isolate: false,
          // With them, the rules content must keep (tests/content/), which need no build.
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          // Each case builds a copy of the project; the fixtures build at the root without a site.
          name: 'corpus',
          include: ['tests/bad-content/**/*.test.ts'],
          env: { BASE_PATH: '', SITE_URL: '' },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Starts `astro dev` on a copy of the project and edits its content, as an editor would.
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          // The checks read the built pages; one module graph a worker lets them share what they parse.
          isolate: false,
          include: ['tests/build/**/*.test.ts'],
          // The builds under test read the tested edition (scripts/test-builds.mjs); so do their checks.
          env: TEST_CONTENT_ENV,
          globalSetup: ['tests/build/require-dist.ts'],
        },
      },
    ],
  },
});
