import type { Actor } from '../actors/actor-schema';
import { interviewMentions } from './interview-mentions';
import type { InterviewWithAnswers } from './collections';
import { ACTORS_PER_STORY } from './front-page';
import { mostNamed, type ActorCount } from './most-named';

export interface Story {
  entry: InterviewWithAnswers;
  mostNamed: (ActorCount & { data: Actor })[];
}

/** An interview as the front page sets it: with the actors its answers name most. */
export async function storyOf(entry: InterviewWithAnswers, actors: ReadonlyMap<string, Actor>): Promise<Story> {
  const mentions = await interviewMentions(entry.answers);
  return {
    entry,
    mostNamed: mostNamed(mentions, ACTORS_PER_STORY).map((count) => ({ ...count, data: actors.get(count.actor)! })),
  };
}
