import { describe, expect, it } from 'vitest';
import { mentionsByActor } from './mention-index';

const mention = (actor: string, paragraph: number) => ({
  actor,
  paragraph,
  text: actor,
  glossed: true,
  marked: true,
  sentence: `About ${actor}.`,
  at: 6,
});

describe('the mentions of each actor', () => {
  it('gathers every mention from every answer, in reading order, with its answer', () => {
    const index = mentionsByActor([
      { interviewId: 'i', slug: 'one', question: 'One?', mentions: [mention('nato', 1), mention('sco', 2)] },
      { interviewId: 'i', slug: 'two', question: 'Two?', mentions: [mention('nato', 3)] },
    ]);
    expect(index.get('nato')?.map(({ slug, paragraph }) => `${slug}-${paragraph}`)).toEqual(['one-1', 'two-3']);
    expect(index.get('sco')).toEqual([{ ...mention('sco', 2), interviewId: 'i', slug: 'one', question: 'One?' }]);
    expect(index.get('brics')).toBeUndefined();
  });
});
