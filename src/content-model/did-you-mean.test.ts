import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from './did-you-mean';

describe('did you mean', () => {
  it('counts the edits between two words', () => {
    expect(editDistance('sko', 'sco')).toBe(1);
    expect(editDistance('nato', 'nato')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest id for a misspelling', () => {
    expect(closestMatch('kazakstan', ['kyrgyzstan', 'kazakhstan', 'tajikistan'])).toBe('kazakhstan');
    expect(didYouMean('sko', ['sco', 'nato'], 'no idea')).toBe("did you mean 'sco'?");
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('united-kingdom', ['sco', 'nato'])).toBeUndefined();
    expect(didYouMean('united-kingdom', ['sco'], 'add the actor')).toBe('add the actor');
  });
});
