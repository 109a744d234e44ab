import { describe, expect, it } from 'vitest';
import { bibtexCitation } from './bibtex';
import { SEED_ANSWER } from './test-citation';

describe('bibtexCitation', () => {
  it('writes a @misc entry with its key, protected title, note, dates and URL', () => {
    expect(bibtexCitation(SEED_ANSWER)).toBe(
      [
        '@misc{china-russia-relations-dependence,',
        '  title = {{China-Russia relations: “The danger is to see the West alone”}},',
        '  note = {Interview with Ophelie Barbier. Answer to “How dependent are Russia and China on each other?”},',
        '  publisher = {The Annotated Interview},',
        '  howpublished = {The Annotated Interview},',
        '  date = {2022-03},',
        '  year = {2022},',
        '  month = mar,',
        '  url = {https://example.org/china-russia-relations/dependence/},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes what TeX would read as commands, and leaves out a month it does not have', () => {
    const entry = bibtexCitation({ ...SEED_ANSWER, interviewTitle: '50% & {more} #1 a_b ~c \\d', date: '2022' });
    expect(entry).toContain('title = {{50\\% \\& \\{more\\} \\#1 a\\_b \\~{}c \\textbackslash{}d}},');
    expect(entry).not.toContain('month');
  });
});
