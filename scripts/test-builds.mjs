import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The two builds `npm test` makes and tests. The first has a site, so it has a sitemap and
// absolute canonical URLs; the second has none and lives under a base path, as a build without
// SITE_URL and a deploy in a sub-folder would.

/** The first build's site: a reserved domain (RFC 2606), so no test can reach a real host. */
export const TEST_SITE_URL = 'https://annotated-interview.example';
export const DIST = 'dist';
export const SUB_BASE = '/sub/';
export const SUB_DIST = 'dist-sub';

/**
 * The edition the test builds are made of: `content/` with a made-up interview beside the real
 * one, so every check runs over two. Written fresh by `npm test`; the builds read it through
 * `CONTENT_ROOT`.
 */
export const TEST_CONTENT = 'dist-content';
export const FIXTURE_INTERVIEWS = 'tests/fixtures/edition/interviews';
export const TEST_CONTENT_ENV = { CONTENT_ROOT: TEST_CONTENT };

/** Writes the tested edition into `TEST_CONTENT`: the project's content, then the fixture interviews. */
export function assembleTestContent(root = process.cwd()) {
  const target = join(root, TEST_CONTENT);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(root, 'content'), target, { recursive: true });
  cpSync(join(root, FIXTURE_INTERVIEWS), join(target, 'interviews'), { recursive: true });
}

/** The two test builds, as `npm test` makes them: the tested edition, with a site, and under a base path. */
export const TEST_BUILDS = [
  { args: ['build'], env: { SITE_URL: TEST_SITE_URL, ...TEST_CONTENT_ENV } },
  { args: ['build', '--outDir', SUB_DIST], env: { BASE_PATH: SUB_BASE, SITE_URL: '', ...TEST_CONTENT_ENV } },
];

// As a command: writes the tested edition; with --build (`npm run build:test`), builds both sites too.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  assembleTestContent();
  if (process.argv.includes('--build'))
    for (const { args, env } of TEST_BUILDS) {
      const { status } = spawnSync('astro', args, { stdio: 'inherit', env: { ...process.env, ...env } });
      if (status !== 0) process.exit(status ?? 1);
    }
}
