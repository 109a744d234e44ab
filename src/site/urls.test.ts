import { describe, expect, it } from 'vitest';
import {
  actorEntryHref,
  actorsListHref,
  answerPageHref,
  interviewHref,
  membershipsHref,
  paragraphHref,
  sitePathHref,
  timelineHref,
  withTrailingSlash,
} from './urls';

describe('site URLs', () => {
  it('start from the base with one trailing slash', () => {
    expect(withTrailingSlash('/sub')).toBe('/sub/');
    expect(withTrailingSlash('/sub/')).toBe('/sub/');
    expect(withTrailingSlash('/')).toBe('/');
  });

  it('put a path of the site that content links to under the base', () => {
    expect(sitePathHref('/', '/actors/sco/')).toBe('/actors/sco/');
    expect(sitePathHref('/sub', '/actors/sco/')).toBe('/sub/actors/sco/');
  });

  it('give each answer a page under its interview', () => {
    expect(answerPageHref('/', 'china-russia-relations', 'war')).toBe('/china-russia-relations/war/');
    expect(answerPageHref('/sub', 'china-russia-relations', 'war')).toBe('/sub/china-russia-relations/war/');
  });

  it('give each actor a page under the index of actors', () => {
    expect(actorsListHref('/sub')).toBe('/sub/actors/');
    expect(actorEntryHref('/sub/', 'sco')).toBe('/sub/actors/sco/');
    expect(interviewHref('/sub')).toBe('/sub/');
  });

  it('point to a paragraph of an answer on the answer’s page', () => {
    expect(paragraphHref('/', 'china-russia-relations', 'war', 2)).toBe('/china-russia-relations/war/#war-2');
  });

  it('give the memberships and the timeline a page each', () => {
    expect(membershipsHref('/sub')).toBe('/sub/memberships/');
    expect(timelineHref('/')).toBe('/timeline/');
  });
});
