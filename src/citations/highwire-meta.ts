import type { AnswerCitation } from './answer-citation';

/**
 * The Highwire Press `citation_*` tags that Zotero and Google Scholar read from a page's head, in
 * the order they document: the title first, the date as `YYYY/MM/DD` with what is known.
 */
export function highwireMeta(citation: AnswerCitation): [name: string, content: string][] {
  return [
    ['citation_title', `${citation.interviewTitle}: ${citation.question}`],
    ['citation_publication_date', citation.date.replaceAll('-', '/')],
    ['citation_publisher', citation.publisher],
    ['citation_public_url', citation.url],
    ['citation_language', 'en'],
  ];
}

/**
 * schema.org JSON-LD for the answer's page: a question and its answer, part of the interview,
 * written so that it can sit in a `<script>` element (no `<`, so no `</script>`).
 */
export function answerJsonLd(citation: AnswerCitation): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: citation.url,
    name: citation.question,
    isPartOf: {
      '@type': 'CreativeWork',
      name: citation.interviewTitle,
      creditText: citation.credit,
      datePublished: citation.date,
    },
    publisher: { '@type': 'Organization', name: citation.publisher },
    inLanguage: 'en',
  };
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
