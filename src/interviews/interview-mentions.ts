import type { Mention } from '../glosses/mark-actor-mentions';
import { answerMentions } from './answer-mentions';
import type { AnswerEntry } from './collections';

/** A mention, with the answer it stands in. */
export type MentionInAnswer = Mention & { slug: string; question: string };

/** Every actor mention of an interview's answers, in reading order, with its answer. */
export async function interviewMentions(answers: readonly AnswerEntry[]): Promise<MentionInAnswer[]> {
  const perAnswer = await Promise.all(
    answers.map(async (answer) =>
      (await answerMentions(answer)).map((mention) => ({
        ...mention,
        slug: answer.data.slug,
        question: answer.data.question,
      })),
    ),
  );
  return perAnswer.flat();
}
