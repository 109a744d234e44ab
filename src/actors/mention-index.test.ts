import { describe, expect, it } from 'vitest';
import { mentionsByActor, mentionsByInterview, mentionTotals } from './mention-index';

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
      {
        interviewId: 'i',
        interviewTitle: 'I',
        slug: 'one',
        question: 'One?',
        mentions: [mention('nato', 1), mention('sco', 2)],
      },
      { interviewId: 'i', interviewTitle: 'I', slug: 'two', question: 'Two?', mentions: [mention('nato', 3)] },
    ]);
    expect(index.get('nato')?.map(({ slug, paragraph }) => `${slug}-${paragraph}`)).toEqual(['one-1', 'two-3']);
    expect(index.get('sco')).toEqual([
      { ...mention('sco', 2), interviewId: 'i', interviewTitle: 'I', slug: 'one', question: 'One?' },
    ]);
    expect(index.get('brics')).toBeUndefined();
  });
});

describe('one actor’s mentions by interview, then by answer', () => {
  const at = (interviewId: string, slug: string, paragraph: number) => ({
    ...mention('nato', paragraph),
    interviewId,
    interviewTitle: `Talk ${interviewId}`,
    slug,
    question: `${slug}?`,
  });
  const mentions = [at('a', 'one', 1), at('a', 'two', 2), at('a', 'one', 3), at('b', 'one', 1), at('b', 'one', 2)];

  it('groups the mentions of each interview, and within it of each answer, in the order first met', () => {
    const groups = mentionsByInterview(mentions);
    expect(
      groups.map(({ interviewId, interviewTitle, answers }) => [
        `${interviewId}: ${interviewTitle}`,
        answers.map(({ slug, mentions }) => `${slug} ${mentions.map(({ paragraph }) => paragraph).join(',')}`),
      ]),
    ).toEqual([
      ['a: Talk a', ['one 1,3', 'two 2']],
      ['b: Talk b', ['one 1,2']],
    ]);
  });

  it('counts answers of the same slug in two interviews as two answers', () => {
    expect(mentionTotals(mentions)).toEqual({ mentions: 5, answers: 3, interviews: 2 });
  });

  it('has no groups and no answers for no mentions', () => {
    expect(mentionsByInterview([])).toEqual([]);
    expect(mentionTotals([])).toEqual({ mentions: 0, answers: 0, interviews: 0 });
  });
});
