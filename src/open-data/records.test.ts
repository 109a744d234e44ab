import { describe, expect, it } from 'vitest';
import { makeActor } from '../test-support/actor';
import { actorRecord, membershipRecords, mentionRecords, timelineRecords } from './records';

describe('the records of the published tables', () => {
  it('gives an actor with its aliases, its sources’ URLs and its page', () => {
    const actor = makeActor('sco', { name: 'SCO', kind: 'organisation', aliases: ['Shanghai Five'], wikidata: 'Q1' });
    expect(actorRecord(actor, '/actors/sco/')).toMatchObject({
      id: 'sco',
      aliases: ['Shanghai Five'],
      wikidata: 'Q1',
      sources: actor.sources.map((source) => source.url),
      url: '/actors/sco/',
    });
  });

  it('gives every membership of every organisation, members that are actors and others alike', () => {
    const actors = new Map(
      [
        makeActor('forum', { name: 'Forum', kind: 'organisation', otherMembers: [{ name: 'Greece', from: 2019 }] }),
        makeActor('china', { name: 'China', memberships: [{ of: 'forum', from: 2012, convener: true }] }),
      ].map((actor) => [actor.id, actor]),
    );
    expect(membershipRecords(actors)).toEqual([
      expect.objectContaining({
        organisation: 'forum',
        member: 'China',
        memberId: 'china',
        from: 2012,
        convener: true,
      }),
      expect.objectContaining({ organisation: 'forum', member: 'Greece', memberId: undefined, from: 2019 }),
    ]);
  });

  it('marks what came after the interview on its timeline', () => {
    const entry = (date: string) => ({ date, text: date, actorId: 'sco', kind: 'event' as const });
    expect(
      timelineRecords({ before: [entry('2001')], after: [entry('2023')] }).map((record) => record.afterInterview),
    ).toEqual([false, true]);
  });

  it('gives each mention its answer, paragraph, words and the paragraph’s address', () => {
    const mention = {
      actor: 'sco',
      paragraph: 2,
      text: 'SCO',
      glossed: true,
      marked: true,
      sentence: 'The SCO grew.',
      at: 4,
      slug: 'history',
      question: 'Why?',
    };
    expect(mentionRecords([mention], (slug, paragraph) => `/a/${slug}/#${slug}-${paragraph}`)).toEqual([
      {
        answer: 'history',
        paragraph: 2,
        actor: 'sco',
        words: 'SCO',
        sentence: 'The SCO grew.',
        marked: true,
        url: '/a/history/#history-2',
      },
    ]);
  });
});
