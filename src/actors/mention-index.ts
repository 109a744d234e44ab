import type { Mention } from '../remark/mark-actor-mentions';

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
    for (const mention of mentions)
      index.set(mention.actor, [...(index.get(mention.actor) ?? []), { ...mention, ...answer }]);
  }
  return index;
}
