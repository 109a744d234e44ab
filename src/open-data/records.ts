import type { Actor } from '../actors/actor-schema';
import { membersOf } from '../actors/members';
import type { TimelineEntry } from '../actors/timeline';
import type { MentionInAnswer } from '../interviews/interview-mentions';

/** An actor as the `actors` table gives it; `url` is its page. */
export const actorRecord = (actor: Actor, url: string) => ({
  id: actor.id,
  name: actor.name,
  kind: actor.kind,
  aliases: actor.aliases,
  gloss: actor.gloss.replace(/\s+/g, ' '),
  founded: actor.founded,
  dissolved: actor.dissolved,
  start: actor.start,
  end: actor.end,
  wikidata: actor.wikidata,
  asOf: actor.asOf,
  sources: actor.sources.map((source) => source.url),
  url,
});

/** Every membership of every organisation, organisation by organisation, as the `memberships` table gives them. */
export const membershipRecords = (actors: ReadonlyMap<string, Actor>) =>
  [...actors.values()]
    .filter((actor) => actor.kind === 'organisation')
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((organisation) =>
      membersOf(organisation.id, actors).map((member) => ({
        organisation: organisation.id,
        member: member.name,
        memberId: member.actorId,
        from: member.from,
        to: member.to,
        role: member.role,
        convener: member.convener,
        continues: member.continues,
        continuedBy: member.continuedBy,
      })),
    );

/** An interview's timeline, as the `timeline` table gives it. */
export const timelineRecords = ({ before, after }: { before: TimelineEntry[]; after: TimelineEntry[] }) =>
  [
    ...before.map((entry) => ({ entry, afterInterview: false })),
    ...after.map((entry) => ({ entry, afterInterview: true })),
  ].map(({ entry, afterInterview }) => ({
    date: entry.date,
    end: entry.end,
    kind: entry.kind,
    text: entry.text,
    actor: entry.actorId,
    afterInterview,
  }));

/** An interview's mentions, as the `mentions` table gives them; `urlOf` gives a paragraph's address. */
export const mentionRecords = (
  mentions: readonly MentionInAnswer[],
  urlOf: (slug: string, paragraph: number) => string,
) =>
  mentions.map((mention) => ({
    answer: mention.slug,
    paragraph: mention.paragraph,
    actor: mention.actor,
    words: mention.text,
    sentence: mention.sentence,
    marked: mention.marked,
    url: urlOf(mention.slug, mention.paragraph),
  }));
