import type { Mention } from '../glosses/mark-actor-mentions';

/** An answer and the mentions the remark plugin recorded in it. */
export interface AnswerWithMentions {
  interviewId: string;
  slug: string;
  question: string;
  mentions: readonly Mention[];
}

/** A mention, with the answer it stands in. */
export interface ActorMention extends Mention {
  interviewId: string;
  slug: string;
  question: string;
}

/** Every mention of every actor, by actor id, in reading order: what links to each actor. */
export function mentionsByActor(answers: readonly AnswerWithMentions[]): Map<string, ActorMention[]> {
  const index = new Map<string, ActorMention[]>();
  for (const { mentions, ...answer } of answers) {
    for (const mention of mentions) {
      let ofActor = index.get(mention.actor);
      if (!ofActor) index.set(mention.actor, (ofActor = []));
      ofActor.push({ ...mention, ...answer });
    }
  }
  return index;
}

/**
 * One actor's mentions grouped by the answer they stand in, answers in the order first met, in
 * one pass: an actor named across a thousand interviews has thousands of answers.
 */
export function mentionsByAnswer(mentions: readonly ActorMention[]): ActorMention[][] {
  const groups = new Map<string, ActorMention[]>();
  for (const mention of mentions) {
    const key = `${mention.interviewId}/${mention.slug}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(mention);
  }
  return [...groups.values()];
}
