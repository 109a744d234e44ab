import type { LinkCheck } from './issue';

/** The sitemap lists every page but the error page, once; a site built without `site` has none. */
export const sitemapListsEveryPage: LinkCheck = (site) => {
  const listed = site.links.filter((link) => link.holder === 'sitemap').map((link) => link.href);
  const from = `${site.base}sitemap-index.xml`;
  if (!site.site) {
    return listed.length > 0
      ? [{ from, holder: 'sitemap', href: from, problem: 'a build without a site has no sitemap' }]
      : [];
  }
  const expected = [...site.pages.keys()]
    .filter((path) => path !== `${site.base}404.html`)
    .map((path) => `${site.site}${path}`);
  const missing = expected.filter((url) => !listed.includes(url));
  const twice = listed.filter((url, index) => listed.indexOf(url) !== index);
  return [
    ...missing.map((href) => ({ from, holder: 'sitemap', href, problem: 'page missing from the sitemap' })),
    ...twice.map((href) => ({ from, holder: 'sitemap', href, problem: 'listed twice' })),
  ];
};
