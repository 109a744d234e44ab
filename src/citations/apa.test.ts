import { describe, expect, it } from 'vitest';
import { apaCitation } from './apa';
import { SEED_ANSWER } from './test-citation';

describe('apaCitation', () => {
  it('puts the title first, a bracketed description, the date, the publisher and the URL', () => {
    expect(apaCitation(SEED_ANSWER)).toBe(
      'China-Russia relations: “The danger is to see the West alone” ' +
        '[Interview with Ophelie Barbier; answer to “How dependent are Russia and China on each other?”]. ' +
        '(2022, March). The Annotated Interview. https://example.org/china-russia-relations/dependence/',
    );
  });

  it('writes a day after the month, and a year alone', () => {
    expect(apaCitation({ ...SEED_ANSWER, date: '2022-03-01' })).toContain('. (2022, March 1). ');
    expect(apaCitation({ ...SEED_ANSWER, date: '2022' })).toContain('. (2022). ');
  });
});
