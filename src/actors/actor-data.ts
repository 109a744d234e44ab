import { mentionsByActor, type ActorMention } from './mention-index';
import type { Actor } from './actor-schema';
import { answerMentions } from '../interviews/answer-mentions';
import { getActors, getInterviews } from '../interviews/collections';

/** Every actor by id, in the shape the actor modules take. */
export async function getActorMap(): Promise<Map<string, Actor>> {
  return new Map((await getActors()).map(({ id, data }) => [id, { ...data, id }]));
}

/** Every mention of every actor across all interviews, by actor id, in reading order. */
export async function getMentionIndex(): Promise<Map<string, ActorMention[]>> {
  const interviews = await getInterviews();
  const answers = await Promise.all(
    interviews.flatMap(({ interview, answers }) =>
      answers.map(async (answer) => ({
        interviewId: interview.id,
        interviewTitle: interview.data.title,
        slug: answer.data.slug,
        question: answer.data.question,
        mentions: await answerMentions(answer),
      })),
    ),
  );
  return mentionsByActor(answers);
}
