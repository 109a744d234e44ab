import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => url!);

/**
 * Every URL the sitemap of the build in `dir` lists, with the file that lists it: @astrojs/sitemap
 * writes an index at the base, naming sitemaps beside it. None when the build has no sitemap.
 */
export function sitemapEntries(dir: string): { file: string; url: string }[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const file = basename(new URL(sitemap).pathname);
    return locs(readFileSync(join(dir, file), 'utf8')).map((url) => ({ file, url }));
  });
}
