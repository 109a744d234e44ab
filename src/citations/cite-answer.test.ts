import { describe, expect, it } from 'vitest';
import { citationFileHref, citeAnswer } from './cite-answer';

const cited = {
  interviewId: 'an-interview',
  interview: { title: 'A title', credit: 'Interview by someone', date: '2022-03' },
  answer: { slug: 'history', question: 'Why?' },
};

describe('citeAnswer', () => {
  it('cites the answer page by its absolute URL when the site is known', () => {
    const citation = citeAnswer(cited, '/sub/', new URL('https://example.org'));
    expect(citation).toMatchObject({
      key: 'an-interview-history',
      interviewTitle: 'A title',
      credit: 'Interview by someone',
      date: '2022-03',
      question: 'Why?',
      url: 'https://example.org/sub/an-interview/history/',
    });
  });

  it('cites its path without a site', () => {
    expect(citeAnswer(cited, '/').url).toBe('/an-interview/history/');
  });
});

describe('citationFileHref', () => {
  it('puts the files beside the answer page', () => {
    expect(citationFileHref('/sub/', 'an-interview', 'history', 'bib')).toBe('/sub/an-interview/history.bib');
    expect(citationFileHref('/', 'an-interview', 'history', 'ris')).toBe('/an-interview/history.ris');
  });
});
