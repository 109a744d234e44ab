import { z } from 'astro/zod';
import { ACTOR_ID_PATTERN } from '../actors/actor-schema';
import { NOTE_ID_PATTERN } from '../notes/note-schema';

/** Lower-case words joined by hyphens: the id is the entry's anchor, `#correction-<id>`. */
export const CORRECTION_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a correction changed: an actor's gloss and entry, an editors' note, or an interview's text. */
export const CORRECTION_SUBJECTS = ['gloss', 'note', 'text'] as const;
export type CorrectionSubject = (typeof CORRECTION_SUBJECTS)[number];

/**
 * One change made after publication, `content/corrections/<id>.yaml`: the day it was made, what it
 * changed and why. It names exactly one of an actor whose gloss or entry changed, an editors' note,
 * or an answer whose text changed.
 */
export const correctionSchema = z
  .strictObject({
    /** The day the change was published. */
    date: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day of the change as YYYY-MM-DD'),
    ),
    /** The actor whose gloss or entry changed. */
    gloss: z.string().regex(ACTOR_ID_PATTERN, 'write the id of an actor in content/actors/').optional(),
    /** The editors' note that changed, or was added. */
    note: z.string().regex(NOTE_ID_PATTERN, 'write the id of a note in content/notes/').optional(),
    /** The answer whose text changed, as `<interview>/<slug>`. */
    text: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z]+(-[a-z]+)*$/, 'write the answer as <interview>/<slug>')
      .optional(),
    /** What changed, in a sentence or two: what it said, what it says now. */
    change: z.string().min(1).max(600),
    /** Why: the error, or what happened since, and on whose authority. */
    reason: z.string().min(1).max(600),
  })
  .refine((entry) => CORRECTION_SUBJECTS.filter((subject) => entry[subject] !== undefined).length === 1, {
    message: 'name exactly one of gloss, note or text: what the change is about',
  });

export type CorrectionData = z.infer<typeof correctionSchema>;

/** A correction as the build uses it: with its id, and where it names its subject, for error messages. */
export type Correction = CorrectionData & { id: string; file: string; subjectAt: { line: number; column: number } };

/** The subject a correction names: which kind, and its id. */
export function correctionSubject(correction: CorrectionData): { subject: CorrectionSubject; id: string } {
  const subject = CORRECTION_SUBJECTS.find((name) => correction[name] !== undefined) ?? 'text';
  return { subject, id: correction[subject] ?? '' };
}
