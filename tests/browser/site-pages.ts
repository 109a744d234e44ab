import { htmlFilesIn } from '../../src/host/html-files';
import { DIST, TEST_SITE_URL } from '../../scripts/test-builds.mjs';
import { sitemapEntries } from '../build/sitemap-urls';

/** The path of every page the first build's sitemap lists, as in `/actors/sco/`. */
export function sitemapPaths(): string[] {
  const entries = sitemapEntries(DIST);
  if (entries.length === 0) throw new Error(`the build in ${DIST} has no sitemap`);
  return entries.map(({ url }) => {
    if (!url.startsWith(`${TEST_SITE_URL}/`)) throw new Error(`${url} is not under ${TEST_SITE_URL}`);
    return url.slice(TEST_SITE_URL.length);
  });
}

/** The URL path of every HTML page in a build folder served under `base`, as in `/sub/actors/sco/`. */
export const builtPaths = (dir: string, base: string) =>
  htmlFilesIn(dir).map((path) => `${base}${path.replace(/index\.html$/, '')}`);
