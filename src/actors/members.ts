import type { Actor } from './actor-schema';

/** One member of an organisation, whether or not the edition has an actor for it. */
export interface Member {
  name: string;
  /** The member's actor, when the edition has one. */
  actorId?: string;
  from: number;
  to?: number;
  role?: string;
}

/**
 * The members of an organisation, past and present, in order of joining and then of name. Members
 * that are actors are read from their own `memberships`; the rest from the organisation's
 * `otherMembers`. Each fact is recorded once, so this is the only place the two meet.
 */
export function membersOf(organisationId: string, actors: ReadonlyMap<string, Actor>): Member[] {
  const organisation = actors.get(organisationId);
  if (!organisation) throw new Error(`membersOf: no actor '${organisationId}'`);
  const asActors = [...actors.values()].flatMap((actor) =>
    actor.memberships
      .filter((membership) => membership.of === organisationId)
      .map(({ from, to, role }) => member({ name: actor.name, actorId: actor.id, from, to, role })),
  );
  const others = organisation.otherMembers.map(({ name, from, to, role }) => member({ name, from, to, role }));
  return [...asActors, ...others].sort((a, b) => a.from - b.from || a.name.localeCompare(b.name, 'en'));
}

/** The year an organisation was founded, from its `founded` date. */
export const foundingYear = (organisation: Actor): number | undefined =>
  organisation.founded ? Number(organisation.founded.slice(0, 4)) : undefined;

/** A member with its absent fields left out rather than undefined. */
function member(fields: { [K in keyof Member]?: Member[K] | undefined } & Pick<Member, 'name' | 'from'>): Member {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as Member;
}
