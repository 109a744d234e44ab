import type { APIRoute, GetStaticPaths } from 'astro';
import { answerParagraphs } from '../../../interviews/answer-text';
import { getInterviews, type InterviewWithAnswers } from '../../../interviews/collections';
import { interviewText } from '../../../open-data/interview-text';
import { absoluteUrl } from '../../../site/absolute-url';
import { SITE_NAME } from '../../../site/site-name';
import { interviewHref } from '../../../site/urls';

export const getStaticPaths = (async () =>
  (await getInterviews()).map((entry) => ({
    params: { interview: entry.interview.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** An interview's words as plain text: `/data/<interview>/text.txt`. */
export const GET: APIRoute<{ entry: InterviewWithAnswers }> = ({ props: { entry }, site }) => {
  const { interview, answers } = entry;
  const text = interviewText({
    interview: interview.data,
    answers: answers.map((answer) => ({
      question: answer.data.question,
      paragraphs: answerParagraphs(answer.body!),
    })),
    publisher: SITE_NAME,
    url: absoluteUrl(interviewHref(import.meta.env.BASE_URL, interview.id), site),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
