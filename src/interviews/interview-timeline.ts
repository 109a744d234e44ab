import type { Actor } from '../actors/actor-schema';
import { splitAtInterview, timelineOf, type TimelineEntry } from '../actors/timeline';
import type { MentionInAnswer } from './interview-mentions';

/**
 * An interview's timeline: the dated things it names and the changes of the organisations its
 * `interview.yaml` follows, split at its date. The timeline page and its data file both read it.
 */
export function interviewTimeline(
  actors: ReadonlyMap<string, Actor>,
  interview: { date: string; timeline: readonly string[] },
  mentions: readonly MentionInAnswer[],
): { before: TimelineEntry[]; after: TimelineEntry[] } {
  const named = new Set(mentions.map((mention) => mention.actor));
  return splitAtInterview(
    timelineOf(actors, interview.timeline).filter((item) => named.has(item.actorId)),
    interview.date,
  );
}
