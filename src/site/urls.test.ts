import { describe, expect, it } from 'vitest';
import {
  actorEntryHref,
  actorMentionsHref,
  actorsListHref,
  answerPageHref,
  interviewHref,
  homeHref,
  answerInInterviewHref,
  archiveHref,
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
    expect(answerPageHref('/', 'an-interview', 'war')).toBe('/an-interview/war/');
    expect(answerPageHref('/sub', 'an-interview', 'war')).toBe('/sub/an-interview/war/');
  });

  it('give each actor a page under the index of actors', () => {
    expect(actorsListHref('/sub')).toBe('/sub/actors/');
    expect(actorEntryHref('/sub/', 'sco')).toBe('/sub/actors/sco/');
    expect(actorMentionsHref('/sub/', 'sco', 1)).toBe('/sub/actors/sco/');
    expect(actorMentionsHref('/', 'sco', 2)).toBe('/actors/sco/2/');
  });

  it('give the edition a front page and each interview a reading page, with its answers as fragments', () => {
    expect(homeHref('/sub')).toBe('/sub/');
    expect(interviewHref('/sub', 'an-interview')).toBe('/sub/an-interview/');
    expect(answerInInterviewHref('/', 'an-interview', 'war')).toBe('/an-interview/#war');
    expect(archiveHref('/sub')).toBe('/sub/archive/');
    expect(archiveHref('/', 3)).toBe('/archive/3/');
  });

  it('point to a paragraph of an answer on the answer’s page', () => {
    expect(paragraphHref('/', 'an-interview', 'war', 2)).toBe('/an-interview/war/#war-2');
  });

  it('give the memberships and the timeline a page each', () => {
    expect(membershipsHref('/sub')).toBe('/sub/memberships/');
    expect(timelineHref('/')).toBe('/timeline/');
  });
});
