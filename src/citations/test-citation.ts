import type { AnswerCitation } from './answer-citation';

/** A made-up answer, its title quoting words as the edition's first does, as the tests cite it. */
export const MADE_UP_ANSWER: AnswerCitation = {
  key: 'an-interview-dependence',
  interviewTitle: 'Two capitals: “The risk is to stand alone”',
  credit: 'Interview with A. Reporter',
  date: '2022-03',
  question: 'How dependent are the two on each other?',
  publisher: 'The Annotated Interview',
  url: 'https://example.org/an-interview/dependence/',
};
