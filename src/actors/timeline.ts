import type { Actor } from './actor-schema';
import { foundingYear, membersOf, type Member } from './members';

export interface TimelineEntry {
  /** A partial ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sorting the strings sorts the dates. */
  date: string;
  end?: string;
  /** What happened, in words. */
  text: string;
  /** The actor whose page tells more. */
  actorId: string;
  kind: 'event' | 'founded' | 'dissolved' | 'joined' | 'left';
}

const KIND_ORDER: TimelineEntry['kind'][] = ['founded', 'event', 'joined', 'left', 'dissolved'];

/**
 * The dated things the edition knows of, derived from the actor data: events, the founding of
 * organisations, the end of states, and the enlargements and departures of the organisations given.
 * Members joining in the founding year are the founders, told by the founding entry.
 */
export function timelineOf(actors: ReadonlyMap<string, Actor>, organisationIds: readonly string[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const actor of actors.values()) {
    // Places carry dates too (Central Asia's independence); only events are entries of their own.
    if (actor.kind === 'event' && actor.start) {
      entries.push(withEnd({ date: actor.start, end: actor.end, text: actor.name, actorId: actor.id, kind: 'event' }));
    }
    if (actor.founded)
      entries.push({ date: actor.founded, text: `${actor.name} founded`, actorId: actor.id, kind: 'founded' });
    if (actor.dissolved) {
      entries.push({ date: actor.dissolved, text: `${actor.name} dissolved`, actorId: actor.id, kind: 'dissolved' });
    }
  }
  for (const id of organisationIds) entries.push(...membershipChanges(actors.get(id)!, membersOf(id, actors)));
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.text.localeCompare(b.text),
  );
}

/** One entry per year in which members joined, and per year in which members left. */
function membershipChanges(organisation: Actor, members: Member[]): TimelineEntry[] {
  const founded = foundingYear(organisation);
  const byYear = (pick: (member: Member) => number | undefined) => {
    const years = new Map<number, string[]>();
    for (const member of members) {
      const year = pick(member);
      if (year !== undefined) years.set(year, [...(years.get(year) ?? []), member.name]);
    }
    return [...years];
  };
  // A membership continued by another (a seat passed to a successor state) is neither a joining nor a departure.
  const joined = byYear((member) => (member.from === founded || member.continues ? undefined : member.from)).map(
    ([year, names]) => ({
      date: String(year),
      text: `${organisation.name}: ${listOf(names)} ${names.length > 1 ? 'join' : 'joins'}`,
      actorId: organisation.id,
      kind: 'joined' as const,
    }),
  );
  const left = byYear((member) => (member.continuedBy ? undefined : member.to)).map(([year, names]) => ({
    date: String(year),
    text: `${organisation.name}: ${listOf(names)} ${names.length > 1 ? 'leave' : 'leaves'}`,
    actorId: organisation.id,
    kind: 'left' as const,
  }));
  return [...joined, ...left];
}

/** "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function withEnd(entry: Omit<TimelineEntry, 'end'> & { end: string | undefined }): TimelineEntry {
  const { end, ...rest } = entry;
  return end === undefined ? rest : { ...rest, end };
}

/**
 * The entries up to the interview and after it. A change recorded by year only, in the interview's
 * own year, cannot be placed before it and counts as after (the Baltic states left 16+1 in August 2022).
 */
export function splitAtInterview(
  entries: readonly TimelineEntry[],
  interviewDate: string,
): { before: TimelineEntry[]; after: TimelineEntry[] } {
  const latest = (date: string) => (date.length === 4 ? `${date}-12-31` : date);
  const isAfter = (entry: TimelineEntry) => latest(entry.date).slice(0, interviewDate.length) > interviewDate;
  return { before: entries.filter((entry) => !isAfter(entry)), after: entries.filter(isAfter) };
}
