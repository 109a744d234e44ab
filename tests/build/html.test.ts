import { describe, expect, it } from 'vitest';
import { builtPage, builtPagePaths } from './site';

const BLOCK =
  /<(address|article|aside|blockquote|details|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul)[\s>]/;

describe.each(builtPagePaths())('%s', (path) => {
  const { html, document } = builtPage(path);

  it('has no block element inside a paragraph', () => {
    // A browser would silently close the <p>, so this reads the markup, not the DOM.
    for (const [, inside] of html.matchAll(/<p[\s>]((?:(?!<\/p>).)*)<\/p>/gs)) expect(inside).not.toMatch(BLOCK);
  });

  it('has unique ids', () => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has a target for every link within the page', () => {
    const missing = [...document.querySelectorAll('a[href^="#"]')]
      .map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1)))
      .filter((id) => !document.getElementById(id));
    expect(missing).toEqual([]);
  });

  it('keeps a space wherever a word meets a link or a label', () => {
    // compressHTML drops white space between inline elements; a word glued to a tag is the symptom.
    expect(html.match(/<\/(span|a|strong|em)>[A-Za-z]|[A-Za-z]<(a|span)\s/g) ?? []).toEqual([]);
  });

  it('declares its language and has one top-level heading', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it('requests nothing from another site', () => {
    const external = [
      ...document.querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src], iframe[src]'),
    ]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });
});
