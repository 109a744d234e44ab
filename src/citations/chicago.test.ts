import { describe, expect, it } from 'vitest';
import { chicagoCitation } from './chicago';
import { SEED_ANSWER } from './test-citation';

describe('chicagoCitation', () => {
  it('sets the title in quotation marks, its own quotation in single ones, with the full stop inside', () => {
    expect(chicagoCitation(SEED_ANSWER)).toBe(
      '“China-Russia relations: ‘The danger is to see the West alone.’” Interview with Ophelie Barbier, March 2022. ' +
        'Answer to “How dependent are Russia and China on each other?” The Annotated Interview. ' +
        'https://example.org/china-russia-relations/dependence/.',
    );
  });

  it('writes a day as Chicago does, and a year alone', () => {
    expect(chicagoCitation({ ...SEED_ANSWER, date: '2022-03-01' })).toContain('Barbier, March 1, 2022.');
    expect(chicagoCitation({ ...SEED_ANSWER, date: '2022' })).toContain('Barbier, 2022.');
  });

  it('adds a full stop to a plain title and none after a question mark', () => {
    const citation = chicagoCitation({ ...SEED_ANSWER, interviewTitle: 'A plain title', question: 'Why now?' });
    expect(citation).toMatch(/^“A plain title\.” .* Answer to “Why now\?” The/);
  });
});
