import { withTrailingSlash } from '../site/urls';

/** The sitemap index @astrojs/sitemap writes at the site's base, which it writes only when `site` is set. */
export const sitemapIndexUrl = (site: URL, base: string) =>
  new URL('sitemap-index.xml', new URL(withTrailingSlash(base), site)).href;

/** robots.txt: everything may be crawled; it names the sitemap when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
