import { describe, expect, it } from 'vitest';
import { mostNamed } from './most-named';

const mentions = (...actors: string[]) => actors.map((actor) => ({ actor }));

describe('the actors an interview names most', () => {
  it('counts every mention and puts the most named first', () => {
    expect(mostNamed(mentions('sco', 'china', 'china', 'russia', 'china', 'russia'), 5)).toEqual([
      { actor: 'china', mentions: 3 },
      { actor: 'russia', mentions: 2 },
      { actor: 'sco', mentions: 1 },
    ]);
  });

  it('keeps reading order between actors named as often, and stops at the limit', () => {
    expect(mostNamed(mentions('nato', 'asean', 'brics', 'asean', 'nato'), 2)).toEqual([
      { actor: 'nato', mentions: 2 },
      { actor: 'asean', mentions: 2 },
    ]);
  });

  it('names no one for an interview without mentions', () => {
    expect(mostNamed([], 3)).toEqual([]);
  });
});
