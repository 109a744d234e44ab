import type { AnswerCitation } from './answer-citation';

/** The seed interview's second answer, as the tests cite it. */
export const SEED_ANSWER: AnswerCitation = {
  key: 'china-russia-relations-dependence',
  interviewTitle: 'China-Russia relations: “The danger is to see the West alone”',
  credit: 'Interview with Ophelie Barbier',
  date: '2022-03',
  question: 'How dependent are Russia and China on each other?',
  publisher: 'The Annotated Interview',
  url: 'https://example.org/china-russia-relations/dependence/',
};
