import { z } from 'astro/zod';
import { partialDateSchema } from '../content-model/partial-date';

/** The kinds of actor the interview names. A closed set: the reading page groups by it. */
export const ACTOR_KINDS = ['organisation', 'country', 'person', 'event', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Margin glosses must stay short enough to sit beside the line they explain. */
export const GLOSS_MAX_LENGTH = 300;

/** Lower-case words joined by hyphens: the id is part of URLs and of `actor:` marks. */
export const ACTOR_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const sourceSchema = z.strictObject({
  /** Where the facts can be checked. */
  url: z.url({ protocol: /^https$/, error: 'a source must be an https URL' }),
  /** The title of the page or document, as its publisher gives it. */
  title: z.string().min(1),
});

const membershipSchema = z.strictObject({
  /** The id of the organisation actor. */
  of: z.string().regex(ACTOR_ID_PATTERN),
  /** The year the membership began. */
  from: z.number().int().min(1900).max(2100),
  /** The year it ended, if it has. */
  to: z.number().int().min(1900).max(2100).optional(),
  /** How the membership is held, where that matters ("permanent member", "founding member"). */
  role: z.string().min(1).optional(),
  /**
   * `true` for the state that convenes a format with its members (China in a “16 + 1”): listed
   * with its role, but not counted among the members.
   */
  convener: z.literal(true).optional(),
  /**
   * The actor whose membership this one continues, as Russia continued the Soviet Union's seat on
   * the Security Council in 1991: the earlier membership's end is then no departure.
   */
  continues: z.string().regex(ACTOR_ID_PATTERN).optional(),
});

const otherMemberSchema = z.strictObject({
  /** A member the edition has no actor for, by its usual English name ("Belarus"). */
  name: z.string().min(1),
  /** The year it joined. */
  from: z.number().int().min(1900).max(2100),
  /** The year it left, if it has. */
  to: z.number().int().min(1900).max(2100).optional(),
  /** How the membership is held, where that matters. */
  role: z.string().min(1).optional(),
});

const officeSchema = z.strictObject({
  /** The office, as in "President of Russia". */
  title: z.string().min(1),
  /** When the holder took office. */
  from: partialDateSchema,
  /** When the holder left office; absent while still in it. */
  to: partialDateSchema.optional(),
});

/** One actor: an organisation, country, person, event or place that the interview names. */
export const actorSchema = z.strictObject({
  /** The name used in headings and at the start of a gloss. */
  name: z.string().min(1),
  /** What kind of actor this is. */
  kind: z.enum(ACTOR_KINDS),
  /** Other names the interview or readers use: abbreviations, spellings, former names. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The margin gloss: who or what this is, in at most 300 characters. */
  gloss: z
    .string()
    .min(1)
    .max(GLOSS_MAX_LENGTH, `a gloss has at most ${GLOSS_MAX_LENGTH} characters; move detail into 'note'`),
  /** A longer note for the actor's entry. */
  note: z.string().min(1),
  /** When an organisation was founded. */
  founded: partialDateSchema.optional(),
  /** When an organisation or state ceased to exist. */
  dissolved: partialDateSchema.optional(),
  /** When an event began, or the day it happened. */
  start: partialDateSchema.optional(),
  /** When an event ended. */
  end: partialDateSchema.optional(),
  /** Offices a person held that bear on the interview. */
  offices: z.array(officeSchema).default([]),
  /** Organisations this actor belongs or belonged to. */
  memberships: z.array(membershipSchema).default([]),
  /**
   * On an organisation: its members that are not actors of this edition, with their years. A member
   * that is an actor records its membership itself, under `memberships`; each fact lives in one place.
   */
  otherMembers: z.array(otherMemberSchema).default([]),
  /** Its item in Wikidata, `Q…`, which ties it to the same thing in other datasets. */
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'write a Wikidata item as Q followed by its number, such as Q148')
    .optional(),
  /** The day these facts were last checked against the sources. */
  asOf: partialDateSchema,
  /** At least one place where the facts can be checked. */
  sources: z.array(sourceSchema).min(1, 'give at least one source'),
});

export type ActorData = z.infer<typeof actorSchema>;
export type Actor = ActorData & { id: string };
