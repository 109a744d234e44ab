import { withTrailingSlash } from '../site/urls';

/** Pages a reader should not land on from a search engine: the error page is served, never linked. */
const UNLISTED = new Set(['404/', '404']);

/**
 * The absolute URL of every built page worth listing, in a stable order. `pathnames` are Astro's,
 * relative to the base (`''` is the home page, `'actors/sco/'` an actor's page).
 */
export function sitemapUrls(pathnames: readonly string[], site: string, base: string): string[] {
  const root = new URL(withTrailingSlash(base), site);
  return [...new Set(pathnames)]
    .filter((pathname) => !UNLISTED.has(pathname))
    .sort()
    .map((pathname) => new URL(pathname, root).href);
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[character]};`,
  );

/** A sitemap (sitemaps.org 0.9) of the given absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; it names the sitemap when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
