import type { Actor } from './actor-schema';
import { currentMemberCount, departuresOf, membersOf, type Member } from './members';

export interface MatrixColumn {
  organisation: Actor;
  /** Members that have left, of any country: departures are part of the story. */
  departures: Member[];
  /** How many members it has today, by the data. */
  currentCount: number;
}

export interface MatrixRow {
  country: Actor;
  /** One entry per column: the country's memberships of that organisation, if any. */
  cells: Member[][];
}

/**
 * The countries given (every country actor, unless a set of ids says which) against the
 * organisations given, derived from the actor data: no second copy of any membership exists.
 */
export function membershipMatrix(
  actors: ReadonlyMap<string, Actor>,
  organisationIds: readonly string[],
  countryIds?: ReadonlySet<string>,
): { columns: MatrixColumn[]; rows: MatrixRow[] } {
  const membersByOrganisation = organisationIds.map((id) => membersOf(id, actors));
  const columns = organisationIds.map((id, index) => {
    const members = membersByOrganisation[index]!;
    return {
      organisation: actors.get(id)!,
      departures: departuresOf(members),
      currentCount: currentMemberCount(members),
    };
  });
  const rows = [...actors.values()]
    .filter((actor) => actor.kind === 'country' && (countryIds?.has(actor.id) ?? true))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((country) => ({
      country,
      cells: membersByOrganisation.map((members) => members.filter((member) => member.actorId === country.id)),
    }));
  return { columns, rows };
}
