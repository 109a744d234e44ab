import { describe, expect, it } from 'vitest';
import { mentionsByActor, mentionsByAnswer } from './mention-index';

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

describe('one actor’s mentions by answer', () => {
  const at = (interviewId: string, slug: string, paragraph: number) => ({
    ...mention('nato', paragraph),
    interviewId,
    slug,
    question: `${slug}?`,
  });

  it('groups the mentions of each answer, answers in the order first met', () => {
    const groups = mentionsByAnswer([at('a', 'one', 1), at('a', 'two', 2), at('a', 'one', 3), at('b', 'one', 1)]);
    expect(
      groups.map((group) => group.map(({ interviewId, slug, paragraph }) => `${interviewId}/${slug}-${paragraph}`)),
    ).toEqual([['a/one-1', 'a/one-3'], ['a/two-2'], ['b/one-1']]);
  });

  it('has no groups for no mentions', () => {
    expect(mentionsByAnswer([])).toEqual([]);
  });
});
