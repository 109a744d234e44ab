import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapUrls, sitemapXml } from './sitemap';

describe('sitemapUrls', () => {
  it('makes every page absolute under the site and the base, sorted, without the error page', () => {
    expect(sitemapUrls(['actors/sco/', '', '404/', 'actors/'], 'https://example.org', '/sub/')).toEqual([
      'https://example.org/sub/',
      'https://example.org/sub/actors/',
      'https://example.org/sub/actors/sco/',
    ]);
  });

  it('accepts a base without its trailing slash, and lists a page once', () => {
    expect(sitemapUrls(['timeline/', 'timeline/'], 'https://example.org/', '/sub')).toEqual([
      'https://example.org/sub/timeline/',
    ]);
  });
});

describe('sitemapXml', () => {
  it('writes one <url> per page and escapes XML', () => {
    expect(sitemapXml(['https://example.org/?a=1&b=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/?a=1&amp;b=2</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('robotsTxt', () => {
  it('names the sitemap when the site has one', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });

  it('still allows crawling without a sitemap', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
