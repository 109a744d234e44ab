import { describe, expect, it } from 'vitest';
import { chicagoCitation } from './chicago';
import { MADE_UP_ANSWER } from './test-citation';

describe('chicagoCitation', () => {
  it('sets the title in quotation marks, its own quotation in single ones, with the full stop inside', () => {
    expect(chicagoCitation(MADE_UP_ANSWER)).toBe(
      '“Two capitals: ‘The risk is to stand alone.’” Interview with A. Reporter, March 2022. ' +
        'Answer to “How dependent are the two on each other?” The Annotated Interview. ' +
        'https://example.org/an-interview/dependence/.',
    );
  });

  it('writes a day as Chicago does, and a year alone', () => {
    expect(chicagoCitation({ ...MADE_UP_ANSWER, date: '2022-03-01' })).toContain('Reporter, March 1, 2022.');
    expect(chicagoCitation({ ...MADE_UP_ANSWER, date: '2022' })).toContain('Reporter, 2022.');
  });

  it('adds a full stop to a plain title and none after a question mark', () => {
    const citation = chicagoCitation({ ...MADE_UP_ANSWER, interviewTitle: 'A plain title', question: 'Why now?' });
    expect(citation).toMatch(/^“A plain title\.” .* Answer to “Why now\?” The/);
  });
});
