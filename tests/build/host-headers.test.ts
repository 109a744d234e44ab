import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SUB_BASE, SUB_DIST } from '../../scripts/test-builds.mjs';
import { headersFor, readHostHeaders } from '../../scripts/host-headers.mjs';
import { readBuiltSite } from './links/built-site';

const BUILDS = await Promise.all(
  [
    { dir: DIST, base: '/' },
    { dir: SUB_DIST, base: SUB_BASE },
  ].map(async (build) => ({ ...build, rules: await readHostHeaders(join(build.dir, '_headers')) })),
);

/** Cache-Control as directive → value (`true` for a bare directive). */
const cacheControl = (value = '') =>
  Object.fromEntries(
    value
      .split(',')
      .map((part) => part.trim().split('=') as [string, string?])
      .map(([k, v]) => [k, v ?? true]),
  );

describe.each(BUILDS)('the _headers file of $dir/', ({ dir, base, rules }) => {
  const { files, pages } = readBuiltSite(dir, base);
  const headers = (pathname: string) => headersFor(rules, pathname);
  const pagePaths = [...pages.keys()];

  it('puts every rule under the base path', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((rule) => rule.for).filter((path) => !path.startsWith(base))).toEqual([]);
  });

  it.each(pagePaths)('sends %s the headers a <meta> policy cannot carry', (pathname) => {
    const sent = headers(pathname);
    expect(sent.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(sent.get('x-frame-options')).toBe('DENY');
    expect(sent.get('x-content-type-options')).toBe('nosniff');
    expect(sent.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(sent.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    expect(sent.get('permissions-policy')).toMatch(/(^|, )geolocation=\(\)/);
    expect(cacheControl(sent.get('cache-control'))).toEqual({ public: true, 'max-age': '0', 'must-revalidate': true });
  });

  it('caches every hashed script and stylesheet for a year, as immutable', () => {
    const assets = [...files].filter((path) => path.startsWith(`${base}_astro/`));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets)
      expect(cacheControl(headers(asset).get('cache-control')), asset).toEqual({
        public: true,
        'max-age': '31536000',
        immutable: true,
      });
  });

  it('caches the search index briefly and revalidates it, since its entry point keeps its name', () => {
    const index = [...files].filter((path) => path.startsWith(`${base}pagefind/`));
    expect(index).toContain(`${base}pagefind/pagefind-entry.json`);
    for (const file of index) {
      const directives = cacheControl(headers(file).get('cache-control'));
      expect(Number(directives['max-age']), file).toBeLessThanOrEqual(3600);
      expect(directives['must-revalidate'], file).toBe(true);
    }
  });

  it('never sets Cache-Control twice for one URL, which a host would join into a contradiction', () => {
    const twice = [...files, ...pagePaths].filter(
      (path) => (headers(path).get('cache-control') ?? '').split('max-age').length > 2,
    );
    expect(twice).toEqual([]);
  });
});

describe('robots.txt and the sitemap', () => {
  it('names the sitemap in a build with a site', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  it('allows crawling and names no sitemap in a build without a site', () => {
    expect(readFileSync(join(SUB_DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});
