import { describe, expect, it } from 'vitest';
import { ACTORS_PER_PAGE, groupByKind, whosWhoOrder, whosWhoPageOf } from './whos-who';

const actor = (name: string, kind: 'organisation' | 'country' | 'person') => ({ name, kind });

describe("the who's who's order", () => {
  it('lists kinds as their headings run, and names alphabetically within a kind', () => {
    const ordered = whosWhoOrder([
      actor('Vladimir Putin', 'person'),
      actor('Russia', 'country'),
      actor('NATO', 'organisation'),
      actor('China', 'country'),
      actor('BRICS', 'organisation'),
    ]);
    expect(ordered.map(({ name }) => name)).toEqual(['BRICS', 'NATO', 'China', 'Russia', 'Vladimir Putin']);
  });

  it("groups a page's slice under its kinds, so that a kind cut by a page goes on under its heading", () => {
    const secondPage = whosWhoOrder([actor('Russia', 'country'), actor('Xi Jinping', 'person')]);
    expect(groupByKind(secondPage)).toEqual([
      { kind: 'country', actors: [actor('Russia', 'country')] },
      { kind: 'person', actors: [actor('Xi Jinping', 'person')] },
    ]);
  });

  it('finds the page that lists an actor', () => {
    expect(whosWhoPageOf(0)).toBe(1);
    expect(whosWhoPageOf(ACTORS_PER_PAGE - 1)).toBe(1);
    expect(whosWhoPageOf(ACTORS_PER_PAGE)).toBe(2);
  });
});
