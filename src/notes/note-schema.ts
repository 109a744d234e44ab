import { z } from 'astro/zod';
import { sourceSchema } from '../actors/actor-schema';
import { partialDateSchema } from '../content-model/partial-date';

/** An editors' note is longer than a gloss, but still a note: detail belongs on an actor's page. */
export const NOTE_MAX_LENGTH = 600;

/** Lower-case words joined by hyphens, starting with a letter: the id is part of the note's anchor. */
export const NOTE_ID_PATTERN = /^[a-z]+(-[a-z0-9]+)*$/;

/**
 * What an editors' note does: corrects the interview where it is wrong, gives context where it is
 * unclear, or says what has changed since it was given.
 */
export const NOTE_KINDS = ['correction', 'context', 'dated'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The label a note of each kind shows after "Editors’ note". */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  correction: 'Correction',
  context: 'Context',
  dated: 'Dated',
};

/**
 * An editors' note: context or a correction where the interview is unclear or has dated. It is
 * attached to words of one answer by quoting them, so the answer's text is never touched.
 */
export const noteSchema = z.strictObject({
  /** The answer it is about, as `<interview>/<slug>`: `an-interview/history`. */
  answer: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z]+(-[a-z]+)*$/, 'write the answer as <interview>/<slug>'),
  /** What it does: `correction`, `context` or `dated`. */
  kind: z.enum(NOTE_KINDS),
  /** The words it is about, exactly as the answer has them; they must occur once in it. */
  quote: z.string().min(1),
  /** The note, in the editors' words. */
  note: z
    .string()
    .min(1)
    .max(NOTE_MAX_LENGTH, `a note has at most ${NOTE_MAX_LENGTH} characters; move detail to an actor's note`),
  /** The day the facts were last checked against the sources. */
  asOf: partialDateSchema,
  /** Where the facts can be checked. */
  sources: z.array(sourceSchema).min(1, 'give at least one source'),
});

export type NoteData = z.infer<typeof noteSchema>;

/** A note as the build uses it: with its id, and where its quote is written, for error messages. */
export type EditorNote = NoteData & { id: string; file: string; quoteAt: { line: number; column: number } };
