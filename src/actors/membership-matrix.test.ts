import { describe, expect, it } from 'vitest';
import { makeActor } from '../test-support/actor';
import { membershipMatrix } from './membership-matrix';
import { membersOf } from './members';

const actor = makeActor;

const actors = new Map(
  [
    actor('forum', {
      name: '16+1',
      kind: 'organisation',
      founded: '2012',
      otherMembers: [
        { name: 'Lithuania', from: 2012, to: 2021 },
        { name: 'Greece', from: 2019 },
      ],
    }),
    actor('pact', { name: 'Pact', kind: 'organisation', founded: '1949' }),
    actor('china', { name: 'China', memberships: [{ of: 'forum', from: 2012, role: 'convener' }] }),
    actor('soviet-union', { name: 'Soviet Union', memberships: [{ of: 'pact', from: 1955, to: 1991 }] }),
    actor('brazil', { name: 'Brazil' }),
  ].map((a) => [a.id, a]),
);

describe('a convener, and a membership continued by a successor', () => {
  const council = new Map(
    [
      actor('council', { name: 'Council', kind: 'organisation', founded: '1945' }),
      actor('forum', {
        name: 'Forum',
        kind: 'organisation',
        founded: '2012',
        otherMembers: [{ name: 'Estonia', from: 2012 }],
      }),
      actor('china', { name: 'China', memberships: [{ of: 'forum', from: 2012, convener: true }] }),
      actor('soviet-union', { name: 'Soviet Union', memberships: [{ of: 'council', from: 1945, to: 1991 }] }),
      actor('russia', { name: 'Russia', memberships: [{ of: 'council', from: 1991, continues: 'soviet-union' }] }),
    ].map((a) => [a.id, a]),
  );
  const { columns } = membershipMatrix(council, ['council', 'forum']);

  it('does not count the convener among the members', () => {
    expect(columns[1]).toMatchObject({ currentCount: 1 });
  });

  it('does not count a continued membership as a departure', () => {
    expect(columns[0]).toMatchObject({ currentCount: 1, departures: [] });
    expect(membersOf('council', council)).toEqual([
      { name: 'Soviet Union', actorId: 'soviet-union', from: 1945, to: 1991, continuedBy: 'Russia' },
      { name: 'Russia', actorId: 'russia', from: 1991, continues: 'Soviet Union' },
    ]);
  });
});

describe('the members of an organisation', () => {
  it('joins members that are actors with the other members, in order of joining', () => {
    expect(membersOf('forum', actors)).toEqual([
      { name: 'China', actorId: 'china', from: 2012, role: 'convener' },
      { name: 'Lithuania', from: 2012, to: 2021 },
      { name: 'Greece', from: 2019 },
    ]);
  });
});

describe('the membership matrix', () => {
  const { columns, rows } = membershipMatrix(actors, ['forum', 'pact']);

  it('has a column per organisation asked for, in that order', () => {
    expect(columns.map((column) => column.organisation.name)).toEqual(['16+1', 'Pact']);
  });

  it('has a row per country, by name', () => {
    expect(rows.map((row) => row.country.name)).toEqual(['Brazil', 'China', 'Soviet Union']);
  });

  it('has rows only for the countries asked for, when a set of them is given, and counts members of any country', () => {
    const named = membershipMatrix(actors, ['forum', 'pact'], new Set(['china']));
    expect(named.rows.map((row) => row.country.name)).toEqual(['China']);
    expect(named.columns[0]).toMatchObject({ currentCount: 2 });
  });

  it('fills each cell from the country’s own memberships, departures included', () => {
    const cell = (country: string, column: number) => rows.find((row) => row.country.id === country)!.cells[column];
    expect(cell('china', 0)).toEqual([{ name: 'China', actorId: 'china', from: 2012, role: 'convener' }]);
    expect(cell('soviet-union', 1)).toEqual([{ name: 'Soviet Union', actorId: 'soviet-union', from: 1955, to: 1991 }]);
    expect(cell('brazil', 0)).toEqual([]);
  });

  it('notes each organisation’s departures and counts its members today', () => {
    expect(columns[0]).toMatchObject({ departures: [{ name: 'Lithuania', from: 2012, to: 2021 }], currentCount: 2 });
    expect(columns[1]).toMatchObject({ currentCount: 0 });
  });
});
