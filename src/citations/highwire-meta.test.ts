import { describe, expect, it } from 'vitest';
import { answerJsonLd, highwireMeta } from './highwire-meta';
import { MADE_UP_ANSWER } from './test-citation';

describe('highwireMeta', () => {
  it('gives the title, the date with slashes, the publisher and the URL', () => {
    expect(Object.fromEntries(highwireMeta(MADE_UP_ANSWER))).toEqual({
      citation_title: 'Two capitals: “The risk is to stand alone”: How dependent are the two on each other?',
      citation_publication_date: '2022/03',
      citation_publisher: 'The Annotated Interview',
      citation_public_url: 'https://example.org/an-interview/dependence/',
      citation_language: 'en',
    });
  });
});

describe('answerJsonLd', () => {
  it('describes the answer as part of its interview', () => {
    const data = JSON.parse(answerJsonLd(MADE_UP_ANSWER));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      url: MADE_UP_ANSWER.url,
      name: MADE_UP_ANSWER.question,
      isPartOf: { name: MADE_UP_ANSWER.interviewTitle, creditText: MADE_UP_ANSWER.credit, datePublished: '2022-03' },
    });
  });

  it('cannot close its script element', () => {
    const json = answerJsonLd({ ...MADE_UP_ANSWER, question: 'A </script><b> question?' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('A </script><b> question?');
  });
});
