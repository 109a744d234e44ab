import type { AnswerCitation } from './answer-citation';
import { answerPageHref } from '../site/urls';
import { SITE_NAME } from '../site/site-name';
import { absoluteUrl } from '../site/absolute-url';

interface CitedAnswer {
  interviewId: string;
  interview: { title: string; credit: string; date: string };
  answer: { slug: string; question: string };
}

/**
 * The citation of one answer, its URL absolute when the site's address is known (`SITE_URL`) and
 * its path otherwise, so a build without an address still cites where the answer is.
 */
export function citeAnswer({ interviewId, interview, answer }: CitedAnswer, base: string, site?: URL): AnswerCitation {
  const path = answerPageHref(base, interviewId, answer.slug);
  return {
    key: `${interviewId}-${answer.slug}`,
    interviewTitle: interview.title,
    credit: interview.credit,
    date: interview.date,
    question: answer.question,
    publisher: SITE_NAME,
    url: absoluteUrl(path, site),
  };
}

/** The citation files of an answer, beside its page: `/<interview>/<slug>.bib` and `.ris`. */
export const citationFileHref = (base: string, interviewId: string, slug: string, format: 'bib' | 'ris') =>
  `${answerPageHref(base, interviewId, slug).replace(/\/$/, '')}.${format}`;
