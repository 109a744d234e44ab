import { z } from 'astro/zod';
import { partialDateSchema } from '../content-model/partial-date';

/** The metadata of one interview: `interview.yaml` in the interview's folder. */
export const interviewSchema = z.strictObject({
  /** The headline, exactly as the source gives it. */
  title: z.string().min(1),
  /** The credit line, exactly as the source gives it. */
  credit: z.string().min(1),
  /** One sentence for search results and link previews. */
  description: z.string().min(1).max(200),
  /** When the interview was given or published, as closely as it can be dated. */
  date: partialDateSchema,
  /** What the editors know about the source, and how the text was prepared. */
  sourceNote: z.string().min(1),
});

export type Interview = z.infer<typeof interviewSchema>;
