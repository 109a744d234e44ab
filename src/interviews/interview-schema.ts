import { z } from 'astro/zod';
import { partialDateSchema } from '../content-model/partial-date';
import { ACTOR_ID_PATTERN } from '../actors/actor-schema';

const organisationId = z.string().regex(ACTOR_ID_PATTERN, 'write the id of an organisation in content/actors/');

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
  /**
   * The organisations of the interview's table of who belongs to what, in the order of its
   * columns; its rows are the countries the interview names. Without it, the interview has no table.
   */
  memberships: z.array(organisationId).default([]),
  /** A few words under a column's heading, by organisation id, where the table shows only some members. */
  membershipNotes: z.record(organisationId, z.string().min(1).max(40)).default({}),
  /**
   * The organisations whose enlargements and departures the interview's timeline shows, beside the
   * dated events it names. Without it, the interview has no timeline.
   */
  timeline: z.array(organisationId).default([]),
});

export type Interview = z.infer<typeof interviewSchema>;
