import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../host/headers';
import { htmlFilesIn } from '../host/html-files';
import { robotsTxt, sitemapUrls, sitemapXml } from '../host/sitemap';

/**
 * Writes what a host reads beside the pages: `_headers` (from `public/_headers`, under the base
 * path, with HTML's caching rule), `robots.txt`, and, when `site` is set, `sitemap.xml`. Without
 * `site` a sitemap cannot hold absolute URLs, so there is none and robots.txt names none.
 */
export function hostFiles(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const headersPath = join(out, '_headers');
        writeFileSync(headersPath, headersFile(readFileSync(headersPath, 'utf8'), base, htmlFilesIn(out)));
        const sitemapUrl = site ? new URL('sitemap.xml', new URL(base, site)).href : undefined;
        if (site) {
          const urls = sitemapUrls(
            pages.map((page) => page.pathname),
            site,
            base,
          );
          writeFileSync(join(out, 'sitemap.xml'), sitemapXml(urls));
          logger.info(`sitemap.xml lists ${urls.length} pages`);
        } else {
          logger.info('no sitemap.xml: set SITE_URL for one, and for absolute canonical URLs');
        }
        writeFileSync(join(out, 'robots.txt'), robotsTxt(sitemapUrl));
      },
    },
  };
}
