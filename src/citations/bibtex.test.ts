import { describe, expect, it } from 'vitest';
import { bibtexCitation } from './bibtex';
import { MADE_UP_ANSWER } from './test-citation';

describe('bibtexCitation', () => {
  it('writes a @misc entry with its key, protected title, note, dates and URL', () => {
    expect(bibtexCitation(MADE_UP_ANSWER)).toBe(
      [
        '@misc{an-interview-dependence,',
        '  title = {{Two capitals: “The risk is to stand alone”}},',
        '  note = {Interview with A. Reporter. Answer to “How dependent are the two on each other?”},',
        '  publisher = {The Annotated Interview},',
        '  howpublished = {The Annotated Interview},',
        '  date = {2022-03},',
        '  year = {2022},',
        '  month = mar,',
        '  url = {https://example.org/an-interview/dependence/},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes what TeX would read as commands, and leaves out a month it does not have', () => {
    const entry = bibtexCitation({ ...MADE_UP_ANSWER, interviewTitle: '50% & {more} #1 a_b ~c \\d', date: '2022' });
    expect(entry).toContain('title = {{50\\% \\& \\{more\\} \\#1 a\\_b \\~{}c \\textbackslash{}d}},');
    expect(entry).not.toContain('month');
  });
});
