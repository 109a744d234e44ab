import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapIndexUrl } from './robots';

describe('robotsTxt', () => {
  it('names the sitemap when the site has one', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });

  it('still allows crawling without a sitemap', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('sitemapIndexUrl', () => {
  it('is under the site and the base, with or without the base’s trailing slash', () => {
    expect(sitemapIndexUrl(new URL('https://example.org'), '/sub')).toBe('https://example.org/sub/sitemap-index.xml');
    expect(sitemapIndexUrl(new URL('https://example.org/'), '/')).toBe('https://example.org/sitemap-index.xml');
  });
});
