// The two builds `npm test` makes and tests. The first has a site, so it has a sitemap and
// absolute canonical URLs; the second has none and lives under a base path, as a build without
// SITE_URL and a deploy in a sub-folder would.

/** The first build's site: a reserved domain (RFC 2606), so no test can reach a real host. */
export const TEST_SITE_URL = 'https://annotated-interview.example';
export const DIST = 'dist';
export const SUB_BASE = '/sub/';
export const SUB_DIST = 'dist-sub';
