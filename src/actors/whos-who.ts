import { ACTOR_KINDS, type ActorKind } from './actor-schema';

/**
 * How many actors a page of the who's who lists. Sixty real glosses weigh about 8 KB in brotli,
 * so each page stays within the first round trip however many actors the edition names.
 */
export const ACTORS_PER_PAGE = 60;

type Listed = { kind: ActorKind; name: string };

/** The who's who's order: by kind, as the headings run, then by name. Its pages cut this list. */
export function whosWhoOrder<T extends Listed>(actors: Iterable<T>): T[] {
  const rank = (kind: ActorKind) => ACTOR_KINDS.indexOf(kind);
  return [...actors].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'en'));
}

/** One page's actors under their kinds' headings, in order; a kind may go on from the page before. */
export function groupByKind<T extends Listed>(actors: readonly T[]): { kind: ActorKind; actors: T[] }[] {
  return ACTOR_KINDS.map((kind) => ({ kind, actors: actors.filter((actor) => actor.kind === kind) })).filter(
    (group) => group.actors.length > 0,
  );
}

/** The page of the who's who that lists the actor at `index` of its order, counting from one. */
export const whosWhoPageOf = (index: number) => Math.floor(index / ACTORS_PER_PAGE) + 1;
