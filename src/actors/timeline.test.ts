import { describe, expect, it } from 'vitest';
import { makeActor } from '../test-support/actor';
import { listOf, splitAtInterview, timelineOf } from './timeline';

const actor = makeActor;

const actors = new Map(
  [
    actor('sco', {
      name: 'SCO',
      kind: 'organisation',
      founded: '2001-06-15',
      otherMembers: [{ name: 'Belarus', from: 2024 }],
    }),
    actor('russia', { name: 'Russia', memberships: [{ of: 'sco', from: 2001 }] }),
    actor('india', { name: 'India', memberships: [{ of: 'sco', from: 2017 }] }),
    actor('pakistan', { name: 'Pakistan', memberships: [{ of: 'sco', from: 2017 }] }),
    actor('lithuania', { name: 'Lithuania', memberships: [{ of: 'sco', from: 2001, to: 2021 }] }),
    actor('soviet-union', { name: 'Soviet Union', dissolved: '1991-12-26' }),
    actor('kosovo-war', { name: 'Kosovo war', kind: 'event', start: '1998-02-28', end: '1999-06-11' }),
    actor('invasion', { name: 'Invasion', kind: 'event', start: '2022-02-24' }),
    actor('central-asia', { name: 'Central Asia', kind: 'place', start: '1991' }),
  ].map((a) => [a.id, a]),
);

describe('a membership continued by a successor', () => {
  it('is neither a joining nor a departure', () => {
    const council = new Map(
      [
        actor('council', { name: 'Council', kind: 'organisation', founded: '1945' }),
        actor('ussr', { name: 'Soviet Union', memberships: [{ of: 'council', from: 1945, to: 1991 }] }),
        actor('russia', { name: 'Russia', memberships: [{ of: 'council', from: 1991, continues: 'ussr' }] }),
        actor('india', { name: 'India', memberships: [{ of: 'council', from: 2017, to: 2019 }] }),
      ].map((a) => [a.id, a]),
    );
    expect(timelineOf(council, ['council']).map((entry) => `${entry.date} ${entry.text}`)).toEqual([
      '1945 Council founded',
      '2017 Council: India joins',
      '2019 Council: India leaves',
    ]);
  });
});

describe('the timeline', () => {
  const entries = timelineOf(actors, ['sco']);

  it('lists events, foundings, dissolutions and membership changes in date order', () => {
    expect(entries.map((entry) => `${entry.date} ${entry.text}`)).toEqual([
      '1991-12-26 Soviet Union dissolved',
      '1998-02-28 Kosovo war',
      '2001-06-15 SCO founded',
      '2017 SCO: India and Pakistan join',
      '2021 SCO: Lithuania leaves',
      '2022-02-24 Invasion',
      '2024 SCO: Belarus joins',
    ]);
  });

  it('gives no entry of their own to the dates of places', () => {
    expect(entries.some((entry) => entry.actorId === 'central-asia')).toBe(false);
  });

  it('leaves founding members to the founding entry', () => {
    expect(entries.some((entry) => entry.text.includes('Russia'))).toBe(false);
  });

  it('keeps an event’s end date, and links each entry to its actor', () => {
    expect(entries.find((entry) => entry.text === 'Kosovo war')).toEqual({
      date: '1998-02-28',
      end: '1999-06-11',
      text: 'Kosovo war',
      actorId: 'kosovo-war',
      kind: 'event',
    });
    expect(entries.find((entry) => entry.kind === 'joined')?.actorId).toBe('sco');
  });
});

describe('splitting the timeline at the interview', () => {
  const { before, after } = splitAtInterview(timelineOf(actors, ['sco']), '2022-03');

  it('keeps what happened up to the interview’s month before it', () => {
    expect(before.map((entry) => entry.date).at(-1)).toBe('2022-02-24');
  });

  it('puts what came later after it', () => {
    expect(after.map((entry) => entry.text)).toEqual(['SCO: Belarus joins']);
  });

  it('counts a change known by year only, in the interview’s year, as after it', () => {
    const entry = { date: '2022', text: 'Baltic states leave', actorId: 'x', kind: 'left' as const };
    expect(splitAtInterview([entry], '2022-03').after).toEqual([entry]);
    expect(splitAtInterview([{ ...entry, date: '2021' }], '2022-03').after).toEqual([]);
  });
});

describe('a list of names', () => {
  it('reads as English', () => {
    expect([[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map(listOf)).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
