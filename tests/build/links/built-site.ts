import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { indexedPages } from '../search-index';
import { sitemapEntries } from '../sitemap-urls';

/** A URL the site points at, and where it points from, for messages. */
export interface Link {
  /** The page or file that holds the link, as a URL path (`/sub/actors/sco/`, `/sitemap-0.xml`). */
  from: string;
  /** What holds it: `a`, `link rel=canonical`, `meta og:url`, `script`, `sitemap`, `search result`… */
  holder: string;
  href: string;
}

/** A built HTML page: its URL path and the ids a fragment can point at. */
export interface BuiltPage {
  pathname: string;
  ids: Set<string>;
}

/** A built site as a host serves it: its files and pages under the base path, and every link in it. */
export interface BuiltSite {
  dir: string;
  base: string;
  /** The `site` it was built for, when it had one. */
  site: string | undefined;
  /** Every file, by URL path; a folder's `index.html` also answers to the folder's path. */
  files: Set<string>;
  pages: Map<string, BuiltPage>;
  links: Link[];
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** What links an HTML page holds, by the element and attribute that hold them. */
const HOLDERS: [selector: string, attribute: string, holder: string][] = [
  ['a[href]', 'href', 'a'],
  ['link[href]', 'href', 'link'],
  ['script[src]', 'src', 'script'],
  ['img[src]', 'src', 'img'],
  ['meta[property="og:url"]', 'content', 'meta og:url'],
  ['meta[property="og:image"]', 'content', 'meta og:image'],
];

/** Reads a build folder, built for `site` if given: every page, every file, and every link in pages, sitemap, robots.txt and search index. */
export function readBuiltSite(dir: string, base: string, site?: string): BuiltSite {
  const files = new Set<string>();
  const pages = new Map<string, BuiltPage>();
  const links: Link[] = [];
  for (const file of filesIn(dir)) {
    const path = relative(dir, file).split('\\').join('/');
    const pathname = `${base}${path}`;
    files.add(pathname);
    if (!path.endsWith('.html')) continue;
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const pagePath = pathname.replace(/index\.html$/, '');
    pages.set(pagePath, { pathname: pagePath, ids: new Set([...document.querySelectorAll('[id]')].map((e) => e.id)) });
    for (const [selector, attribute, holder] of HOLDERS) {
      for (const element of document.querySelectorAll(selector)) {
        const rel = holder === 'link' ? ` rel=${element.getAttribute('rel')}` : '';
        links.push({ from: pagePath, holder: `${holder}${rel}`, href: element.getAttribute(attribute)! });
      }
    }
  }
  for (const { file, url } of sitemapEntries(dir)) links.push({ from: `${base}${file}`, holder: 'sitemap', href: url });
  for (const [, href] of readFileSync(join(dir, 'robots.txt'), 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm))
    links.push({ from: `${base}robots.txt`, holder: 'robots.txt', href: href! });
  for (const page of indexedPages(dir)) {
    const url = `${base}${page.url.replace(/^\//, '')}`;
    links.push({ from: `${base}pagefind/`, holder: 'search result', href: url });
    for (const anchor of page.anchors ?? [])
      if (anchor.id) links.push({ from: `${base}pagefind/`, holder: 'search sub-result', href: `${url}#${anchor.id}` });
  }
  return { dir, base, site, files, pages, links };
}

/** The local path a link reaches, or undefined for a link to another site or a non-HTTP scheme. */
export function internalUrl(site: BuiltSite, link: Link): URL | undefined {
  const local = 'http://built.invalid';
  const url = new URL(link.href, `${local}${link.from}`);
  if (url.origin === local) return url;
  if (site.site && url.href.startsWith(`${site.site}/`)) return new URL(url.href.slice(site.site.length), local);
  return undefined;
}
