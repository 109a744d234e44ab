import { getCollection, type CollectionEntry } from 'astro:content';

export type AnswerEntry = CollectionEntry<'answers'>;
export type InterviewEntry = CollectionEntry<'interviews'>;
export type ActorEntry = CollectionEntry<'actors'>;

export interface InterviewWithAnswers {
  interview: InterviewEntry;
  answers: AnswerEntry[];
}

/** The interview folder an answer belongs to: the first segment of its id. */
export const interviewIdOf = (answer: AnswerEntry) => answer.id.split('/')[0]!;

/** Every interview with its answers in order. */
export async function getInterviews(): Promise<InterviewWithAnswers[]> {
  const [interviews, answers] = await Promise.all([getCollection('interviews'), getCollection('answers')]);
  return interviews
    .map((interview) => ({
      interview,
      answers: answers
        .filter((answer) => interviewIdOf(answer) === interview.id)
        .sort((a, b) => a.data.order - b.data.order),
    }))
    .sort((a, b) => a.interview.id.localeCompare(b.interview.id));
}

/** All actors, sorted by name within the order of kinds. */
export async function getActors(): Promise<ActorEntry[]> {
  return (await getCollection('actors')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
