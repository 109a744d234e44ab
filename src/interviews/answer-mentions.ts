import { render } from 'astro:content';
import type { Mention } from '../glosses/mark-actor-mentions';
import { MENTIONS_KEY } from '../glosses/remark-actor-mentions';
import type { AnswerEntry } from './collections';

/** The actor mentions of an answer, in reading order, as the remark plugin recorded them. */
export async function answerMentions(answer: AnswerEntry): Promise<Mention[]> {
  const { remarkPluginFrontmatter } = await render(answer);
  const mentions: unknown = remarkPluginFrontmatter[MENTIONS_KEY];
  if (!Array.isArray(mentions)) {
    throw new Error(`${answer.filePath ?? answer.id}: no mentions recorded; is remark-actor-mentions configured?`);
  }
  return mentions as Mention[];
}
