import { describe, expect, it } from 'vitest';
import { actorEntryHref, answerPageHref, interviewHref, withTrailingSlash } from './urls';

describe('site URLs', () => {
  it('start from the base with one trailing slash', () => {
    expect(withTrailingSlash('/sub')).toBe('/sub/');
    expect(withTrailingSlash('/sub/')).toBe('/sub/');
    expect(withTrailingSlash('/')).toBe('/');
  });

  it('give each answer a page under its interview', () => {
    expect(answerPageHref('/', 'china-russia-relations', 'war')).toBe('/china-russia-relations/war/');
    expect(answerPageHref('/sub', 'china-russia-relations', 'war')).toBe('/sub/china-russia-relations/war/');
  });

  it('point actors to their entry on the interview page', () => {
    expect(actorEntryHref('/sub/', 'sco')).toBe('/sub/#actor-sco');
    expect(interviewHref('/sub')).toBe('/sub/');
  });
});
