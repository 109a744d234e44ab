import type { Actor } from './actor-schema';

/** One member of an organisation, whether or not the edition has an actor for it. */
export interface Member {
  name: string;
  /** The member's actor, when the edition has one. */
  actorId?: string;
  from: number;
  to?: number;
  role?: string;
  /** The state that convenes the format rather than a member of it: not counted. */
  convener?: true;
  /** The name of the member whose membership this one continues. */
  continues?: string;
  /** The name of the member that continued this membership when it ended: no departure. */
  continuedBy?: string;
}

/**
 * The members of an organisation, past and present, in order of joining and then of name. Members
 * that are actors are read from their own `memberships`; the rest from the organisation's
 * `otherMembers`. Each fact is recorded once, so this is the only place the two meet.
 */
export function membersOf(organisationId: string, actors: ReadonlyMap<string, Actor>): Member[] {
  const organisation = actors.get(organisationId);
  if (!organisation) throw new Error(`membersOf: no actor '${organisationId}'`);
  const ofOrganisation = [...actors.values()].flatMap((actor) =>
    actor.memberships
      .filter((membership) => membership.of === organisationId)
      .map((membership) => ({ actor, membership })),
  );
  const successorOf = new Map(
    ofOrganisation.flatMap(({ actor, membership }) =>
      membership.continues ? [[membership.continues, actor.name] as const] : [],
    ),
  );
  const asActors = ofOrganisation.map(({ actor, membership: { from, to, role, convener, continues } }) =>
    member({
      name: actor.name,
      actorId: actor.id,
      from,
      to,
      role,
      convener,
      continues: continues && actors.get(continues)?.name,
      continuedBy: to === undefined ? undefined : successorOf.get(actor.id),
    }),
  );
  const others = organisation.otherMembers.map(({ name, from, to, role }) => member({ name, from, to, role }));
  return [...asActors, ...others].sort((a, b) => a.from - b.from || a.name.localeCompare(b.name, 'en'));
}

/** The members that left: those whose membership ended and was not continued by another. */
export const departuresOf = (members: readonly Member[]) =>
  members.filter((member) => member.to !== undefined && !member.continuedBy);

/** How many members an organisation has today: those that have not left, its convener not counted. */
export const currentMemberCount = (members: readonly Member[]) =>
  members.filter((member) => member.to === undefined && !member.convener).length;

/** The year an organisation was founded, from its `founded` date. */
export const foundingYear = (organisation: Actor): number | undefined =>
  organisation.founded ? Number(organisation.founded.slice(0, 4)) : undefined;

/** A member with its absent fields left out rather than undefined. */
function member(fields: { [K in keyof Member]?: Member[K] | undefined } & Pick<Member, 'name' | 'from'>): Member {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as Member;
}
