import { describe, expect, it } from 'vitest';
import { answerSchema } from './answer-schema';
import { interviewSchema } from './interview-schema';

describe('the answer frontmatter schema', () => {
  const valid = { question: 'Why?', order: 1, slug: 'history' };

  it('accepts a question, its order and a slug', () => {
    expect(answerSchema.parse(valid)).toEqual(valid);
  });

  it('takes slugs of lower-case words joined by hyphens', () => {
    for (const slug of ['war', 'the-future'])
      expect(answerSchema.safeParse({ ...valid, slug }).success, slug).toBe(true);
    for (const slug of ['War', 'history-2', 'two words', '-war', 'war-'])
      expect(answerSchema.safeParse({ ...valid, slug }).success, slug).toBe(false);
  });

  it('numbers questions from 1', () => {
    expect(answerSchema.safeParse({ ...valid, order: 0 }).success).toBe(false);
    expect(answerSchema.safeParse({ ...valid, order: 1.5 }).success).toBe(false);
  });

  it('refuses a missing question', () => {
    expect(answerSchema.safeParse({ order: 1, slug: 'history' }).success).toBe(false);
  });
});

describe('the interview metadata schema', () => {
  const valid = {
    title: 'T',
    credit: 'Interview with X',
    description: 'One sentence.',
    date: '2022-03',
    sourceNote: 'How.',
  };

  it('accepts title, credit, description, date and source note; an interview without a table or timeline has none', () => {
    expect(interviewSchema.parse(valid)).toEqual({ ...valid, memberships: [], membershipNotes: {}, timeline: [] });
  });

  it('takes the organisations of the table and the timeline as actor ids', () => {
    const withTable = {
      ...valid,
      memberships: ['sco', 'nato'],
      membershipNotes: { nato: 'allies' },
      timeline: ['sco'],
    };
    expect(interviewSchema.parse(withTable)).toEqual(withTable);
    expect(interviewSchema.safeParse({ ...valid, memberships: ['The SCO'] }).success).toBe(false);
  });

  it('keeps the description short enough for a link preview', () => {
    expect(interviewSchema.safeParse({ ...valid, description: 'x'.repeat(201) }).success).toBe(false);
  });
});
