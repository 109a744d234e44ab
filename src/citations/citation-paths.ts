import type { GetStaticPaths } from 'astro';
import type { AnswerCitation } from './answer-citation';
import { citeAnswer } from './cite-answer';
import { getInterviews } from '../interviews/collections';

export interface CitationProps {
  citation: AnswerCitation;
}

/** One citation file per answer, beside its page, for the endpoints `[slug].bib.ts` and `[slug].ris.ts`. */
export const citationPaths = (async () => {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return (await getInterviews()).flatMap(({ interview, answers }) =>
    answers.map((answer) => ({
      params: { interview: interview.id, slug: answer.data.slug },
      props: {
        citation: citeAnswer(
          { interviewId: interview.id, interview: interview.data, answer: answer.data },
          import.meta.env.BASE_URL,
          site,
        ),
      } satisfies CitationProps,
    })),
  );
}) satisfies GetStaticPaths;
