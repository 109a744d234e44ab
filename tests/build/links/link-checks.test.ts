import { describe, expect, it } from 'vitest';
import type { BuiltSite, Link } from './built-site';
import { canonicalUrl } from './checks/canonical-url';
import { fragmentExists } from './checks/fragment-exists';
import { sitemapListsEveryPage } from './checks/sitemap-lists-every-page';
import { staysUnderBase } from './checks/stays-under-base';
import { targetExists } from './checks/target-exists';

/** A two-page site under /sub/, with the given links. */
function siteWith(links: Partial<Link>[], site?: string): BuiltSite {
  return {
    dir: 'fake',
    base: '/sub/',
    site,
    files: new Set(['/sub/index.html', '/sub/war/index.html', '/sub/404.html', '/sub/_astro/a.css']),
    pages: new Map([
      ['/sub/', { pathname: '/sub/', ids: new Set(['main']) }],
      ['/sub/war/', { pathname: '/sub/war/', ids: new Set(['war-1']) }],
      ['/sub/404.html', { pathname: '/sub/404.html', ids: new Set() }],
    ]),
    links: links.map((link) => ({ from: '/sub/', holder: 'a', href: '', ...link })),
  };
}
const problems = (issues: { href: string; problem: string }[]) =>
  issues.map((issue) => `${issue.href}: ${issue.problem}`);

describe('the link checks', () => {
  it('find a link to a page that was not built, and pass pages, files and other sites', () => {
    const site = siteWith([
      { href: '/sub/peace/' },
      { href: 'war/' },
      { href: '/sub/_astro/a.css' },
      { href: 'https://example.org/x' },
    ]);
    expect(problems(targetExists(site))).toEqual(['/sub/peace/: nothing is built at /sub/peace/']);
  });

  it('find a fragment that names no id on its page', () => {
    const site = siteWith([{ href: '/sub/war/#war-1' }, { href: '/sub/war/#war-9' }, { href: '#main' }]);
    expect(problems(fragmentExists(site))).toEqual(['/sub/war/#war-9: /sub/war/ has no element with id "war-9"']);
  });

  it('find a link that leaves the base path', () => {
    const site = siteWith([{ href: '/war/' }, { href: '/sub/war/' }]);
    expect(problems(staysUnderBase(site))).toEqual(['/war/: /war/ is outside the base path /sub/']);
  });

  it('follow links to the site’s own absolute URLs, and only those', () => {
    const site = siteWith(
      [{ href: 'https://example.org/sub/peace/' }, { href: 'https://other.example/sub/peace/' }],
      'https://example.org',
    );
    expect(problems(targetExists(site))).toEqual(['https://example.org/sub/peace/: nothing is built at /sub/peace/']);
  });

  it('find a canonical URL that names another page, or is relative where the site is known', () => {
    const canonical = { from: '/sub/war/', holder: 'link rel=canonical' };
    expect(problems(canonicalUrl(siteWith([{ ...canonical, href: '/sub/' }])))).toEqual(['/sub/: should be /sub/war/']);
    expect(problems(canonicalUrl(siteWith([{ ...canonical, href: '/sub/war/' }], 'https://example.org')))).toEqual([
      '/sub/war/: should be https://example.org/sub/war/',
    ]);
  });

  it('find a page missing from the sitemap, a page listed twice, and a sitemap without a site', () => {
    const listed = (href: string) => ({ from: '/sub/sitemap-0.xml', holder: 'sitemap', href });
    const site = siteWith(
      [listed('https://example.org/sub/'), listed('https://example.org/sub/')],
      'https://example.org',
    );
    expect(problems(sitemapListsEveryPage(site))).toEqual([
      'https://example.org/sub/war/: page missing from the sitemap',
      'https://example.org/sub/: listed twice',
    ]);
    expect(problems(sitemapListsEveryPage(siteWith([listed('/sub/')])))).toEqual([
      '/sub/sitemap-index.xml: a build without a site has no sitemap',
    ]);
  });
});
