import { z } from 'astro/zod';

/**
 * A stable, human-readable anchor. It may not end in `-<number>`, because `#slug-2` is the anchor
 * of an answer's second paragraph.
 */
export const ANSWER_SLUG_PATTERN = /^[a-z]+(-[a-z]+)*$/;

/** The frontmatter of one question and its answer. */
export const answerSchema = z.strictObject({
  /** The question, exactly as the source gives it. */
  question: z.string().min(1),
  /** Where the question stands in the interview, from 1. */
  order: z.number().int().min(1),
  /** The anchor of the answer (`#history`) and the last segment of its page URL. */
  slug: z.string().regex(ANSWER_SLUG_PATTERN, 'a slug is lower-case words joined by hyphens, with no digits'),
});

export type AnswerFrontmatter = z.infer<typeof answerSchema>;

/**
 * An answer as the collection stores it: its frontmatter, and the plain-text opening of its words
 * for link previews (`answer-summary.ts`). The store keeps this rather than the whole Markdown
 * body, which nothing reads once the answer is rendered: at a thousand interviews the bodies
 * would add a seventh to the store, and so to the build's memory.
 */
export const answerEntrySchema = answerSchema.extend({ summary: z.string() });
