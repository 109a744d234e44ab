import { describe, expect, it } from 'vitest';
import { DIST, SUB_BASE, SUB_DIST, TEST_SITE_URL } from '../../scripts/test-builds.mjs';
import { internalUrl, readBuiltSite } from './links/built-site';
import { LINK_CHECKS } from './links/link-checks';

const BUILDS = [
  { name: `${DIST}/ (at /, site ${TEST_SITE_URL})`, dir: DIST, base: '/', site: TEST_SITE_URL },
  { name: `${SUB_DIST}/ (under ${SUB_BASE}, no site)`, dir: SUB_DIST, base: SUB_BASE, site: undefined },
];

describe.each(BUILDS)('$name', ({ dir, base, site: siteUrl }) => {
  const site = readBuiltSite(dir, base, siteUrl);
  const internal = site.links.filter((link) => internalUrl(site, link));

  it.each(Object.entries(LINK_CHECKS))('%s', (_sentence, check) => {
    const issues = check(site).map((issue) => `${issue.from} (${issue.holder}) → ${issue.href}: ${issue.problem}`);
    expect(issues).toEqual([]);
  });

  it('checks links of every kind: navigation, glosses, backlinks, canonical, sitemap and search results', () => {
    const holders = new Set(internal.map((link) => link.holder));
    const expected = ['a', 'link rel=canonical', 'link rel=stylesheet', 'link rel=icon', 'script', 'search result'];
    if (siteUrl) expected.push('meta og:url', 'sitemap', 'robots.txt');
    expect([...holders]).toEqual(expect.arrayContaining(expected));
    const fragments = internal.filter((link) => link.href.includes('#'));
    console.log(
      `${dir}: ${site.pages.size} pages, ${internal.length} internal links checked, ${fragments.length} with a #fragment`,
    );
    expect(fragments.length).toBeGreaterThan(100);
  });
});
