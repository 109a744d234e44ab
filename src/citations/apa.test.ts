import { describe, expect, it } from 'vitest';
import { apaCitation } from './apa';
import { MADE_UP_ANSWER } from './test-citation';

describe('apaCitation', () => {
  it('puts the title first, a bracketed description, the date, the publisher and the URL', () => {
    expect(apaCitation(MADE_UP_ANSWER)).toBe(
      'Two capitals: “The risk is to stand alone” ' +
        '[Interview with A. Reporter; answer to “How dependent are the two on each other?”]. ' +
        '(2022, March). The Annotated Interview. https://example.org/an-interview/dependence/',
    );
  });

  it('writes a day after the month, and a year alone', () => {
    expect(apaCitation({ ...MADE_UP_ANSWER, date: '2022-03-01' })).toContain('. (2022, March 1). ');
    expect(apaCitation({ ...MADE_UP_ANSWER, date: '2022' })).toContain('. (2022). ');
  });
});
