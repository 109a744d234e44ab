import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './newest-first';
import { newestCorrectionsFirst } from '../corrections/newest-corrections';

export type AnswerEntry = CollectionEntry<'answers'>;
export type InterviewEntry = CollectionEntry<'interviews'>;
export type ActorEntry = CollectionEntry<'actors'>;

export interface InterviewWithAnswers {
  interview: InterviewEntry;
  answers: AnswerEntry[];
}

/** The interview folder an answer belongs to: the first segment of its id. */
export const interviewIdOf = (answer: AnswerEntry) => answer.id.split('/')[0]!;

/** Every interview with its answers in order, newest interview first. */
export async function getInterviews(): Promise<InterviewWithAnswers[]> {
  const [interviews, answers] = await Promise.all([getCollection('interviews'), getCollection('answers')]);
  // One pass over the answers, not one per interview: a thousand interviews hold ten thousand answers.
  const answersOf = Map.groupBy(answers, interviewIdOf);
  return interviews
    .map((interview) => ({
      interview,
      answers: (answersOf.get(interview.id) ?? []).sort((a, b) => a.data.order - b.data.order),
    }))
    .sort((a, b) =>
      newestFirst({ id: a.interview.id, ...a.interview.data }, { id: b.interview.id, ...b.interview.data }),
    );
}

/** The interviews that have a table of who belongs to what, or a timeline: those whose interview.yaml lists its organisations. */
export async function getInterviewsWith(section: 'memberships' | 'timeline'): Promise<InterviewWithAnswers[]> {
  return (await getInterviews()).filter(({ interview }) => interview.data[section].length > 0);
}

/** One page per interview given, at `/<interview>/…`, with its interview as the `entry` prop: for `getStaticPaths`. */
export const pagePerInterview = (entries: readonly InterviewWithAnswers[]) =>
  entries.map((entry) => ({ params: { interview: entry.interview.id }, props: { entry } }));

/** All actors, sorted by name within the order of kinds. */
export async function getActors(): Promise<ActorEntry[]> {
  return (await getCollection('actors')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** Every actor's data by id, for lookups: unsorted, since every answer page asks for it. */
export async function getActorDataById(): Promise<Map<string, ActorEntry['data']>> {
  return new Map((await getCollection('actors')).map((actor) => [actor.id, actor.data]));
}

/** Every correction, newest first. */
export async function getCorrections(): Promise<CollectionEntry<'corrections'>[]> {
  return newestCorrectionsFirst(
    (await getCollection('corrections')).map((entry) => ({ ...entry.data, entry, id: entry.id })),
  ).map(({ entry }) => entry);
}
