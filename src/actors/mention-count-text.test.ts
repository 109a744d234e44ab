import { describe, expect, it } from 'vitest';
import { mentionCountText } from './mention-count-text';

describe('how often an actor is named, in words', () => {
  it('counts mentions, answers and interviews', () => {
    expect(mentionCountText({ mentions: 12, answers: 5, interviews: 2 })).toBe(
      '12 mentions in 5 answers of 2 interviews',
    );
  });

  it('says one, not 1', () => {
    expect(mentionCountText({ mentions: 1, answers: 1, interviews: 1 })).toBe(
      'One mention in one answer of one interview',
    );
    expect(mentionCountText({ mentions: 3, answers: 1, interviews: 1 })).toBe(
      '3 mentions in one answer of one interview',
    );
  });

  it('says so when no answer names the actor', () => {
    expect(mentionCountText({ mentions: 0, answers: 0, interviews: 0 })).toBe('Not mentioned in any answer');
  });
});
