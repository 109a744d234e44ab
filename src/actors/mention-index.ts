import type { Mention } from '../glosses/mark-actor-mentions';

/** An answer and the mentions the remark plugin recorded in it. */
export interface AnswerWithMentions {
  interviewId: string;
  interviewTitle: string;
  slug: string;
  question: string;
  mentions: readonly Mention[];
}

/** A mention, with the answer it stands in. */
export interface ActorMention extends Mention {
  interviewId: string;
  interviewTitle: string;
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

/** One answer's mentions of an actor. */
export interface AnswerGroup {
  slug: string;
  question: string;
  mentions: ActorMention[];
}

/** One interview's mentions of an actor, by answer. */
export interface InterviewGroup {
  interviewId: string;
  interviewTitle: string;
  answers: AnswerGroup[];
}

/**
 * One actor's mentions grouped by interview, then by answer, each in the order first met, in one
 * pass: an actor named across a thousand interviews has thousands of answers.
 */
export function mentionsByInterview(mentions: readonly ActorMention[]): InterviewGroup[] {
  const interviews = new Map<string, InterviewGroup>();
  const answers = new Map<string, AnswerGroup>();
  for (const mention of mentions) {
    const { interviewId, interviewTitle, slug, question } = mention;
    let interview = interviews.get(interviewId);
    if (!interview) interviews.set(interviewId, (interview = { interviewId, interviewTitle, answers: [] }));
    const key = `${interviewId}/${slug}`;
    let answer = answers.get(key);
    if (!answer) {
      answers.set(key, (answer = { slug, question, mentions: [] }));
      interview.answers.push(answer);
    }
    answer.mentions.push(mention);
  }
  return [...interviews.values()];
}

/** How many mentions, answers and interviews name an actor: answers are told apart by interview and slug. */
export function mentionTotals(mentions: readonly ActorMention[]): {
  mentions: number;
  answers: number;
  interviews: number;
} {
  return {
    mentions: mentions.length,
    answers: new Set(mentions.map(({ interviewId, slug }) => `${interviewId}/${slug}`)).size,
    interviews: new Set(mentions.map(({ interviewId }) => interviewId)).size,
  };
}

/**
 * How many mentions an actor's page quotes; the rest follow on further pages. Thirty sentences
 * keep the heaviest page within the first round trip, however many interviews name the actor.
 */
export const MENTIONS_PER_PAGE = 30;
