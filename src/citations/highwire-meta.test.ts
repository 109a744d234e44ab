import { describe, expect, it } from 'vitest';
import { answerJsonLd, highwireMeta } from './highwire-meta';
import { SEED_ANSWER } from './test-citation';

describe('highwireMeta', () => {
  it('gives the title, the date with slashes, the publisher and the URL', () => {
    expect(Object.fromEntries(highwireMeta(SEED_ANSWER))).toEqual({
      citation_title:
        'China-Russia relations: “The danger is to see the West alone”: How dependent are Russia and China on each other?',
      citation_publication_date: '2022/03',
      citation_publisher: 'The Annotated Interview',
      citation_public_url: 'https://example.org/china-russia-relations/dependence/',
      citation_language: 'en',
    });
  });
});

describe('answerJsonLd', () => {
  it('describes the answer as part of its interview', () => {
    const data = JSON.parse(answerJsonLd(SEED_ANSWER));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      url: SEED_ANSWER.url,
      name: SEED_ANSWER.question,
      isPartOf: { name: SEED_ANSWER.interviewTitle, creditText: SEED_ANSWER.credit, datePublished: '2022-03' },
    });
  });

  it('cannot close its script element', () => {
    const json = answerJsonLd({ ...SEED_ANSWER, question: 'A </script><b> question?' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('A </script><b> question?');
  });
});
