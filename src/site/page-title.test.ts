import { describe, expect, it } from 'vitest';
import { TITLE_LIMIT, pageTitle } from './page-title';

describe('pageTitle', () => {
  it('adds the section and the site name while they fit', () => {
    expect(pageTitle('NATO', 'Who’s who', 'The Annotated Interview')).toBe(
      'NATO · Who’s who · The Annotated Interview',
    );
  });

  it('drops the site name, then the section, rather than pass the limit', () => {
    const name = 'Joint statement of 4 February 2022';
    expect(pageTitle(name, 'Who’s who', 'The Annotated Interview')).toBe(`${name} · Who’s who`);
    const longer = 'x'.repeat(TITLE_LIMIT - 5);
    expect(pageTitle(longer, 'Who’s who', 'Site')).toBe(longer);
  });

  it('does not repeat the site name on a page titled with it', () => {
    expect(pageTitle('The Annotated Interview', 'The Annotated Interview')).toBe('The Annotated Interview');
  });

  it('never shortens the page’s own title, however long', () => {
    const question = 'In the future, what are the consequences of Sino-Russian friendship in international relations?';
    expect(pageTitle(question, 'The Annotated Interview')).toBe(question);
  });
});
