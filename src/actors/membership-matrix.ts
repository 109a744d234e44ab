import type { Actor } from './actor-schema';
import { membersOf, type Member } from './members';

/** The organisations the interview names, in the matrix's order of columns. */
export const MATRIX_ORGANISATIONS = ['sco', 'brics', 'china-ceec', 'nato', 'asean', 'un-security-council'] as const;

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
 * Every country actor against the organisations the interview names, derived from the actor data:
 * no second copy of any membership exists.
 */
export function membershipMatrix(
  actors: ReadonlyMap<string, Actor>,
  organisationIds: readonly string[] = MATRIX_ORGANISATIONS,
): { columns: MatrixColumn[]; rows: MatrixRow[] } {
  const membersByOrganisation = organisationIds.map((id) => membersOf(id, actors));
  const columns = organisationIds.map((id, index) => {
    const members = membersByOrganisation[index]!;
    return {
      organisation: actors.get(id)!,
      departures: members.filter((member) => member.to !== undefined),
      currentCount: members.filter((member) => member.to === undefined).length,
    };
  });
  const rows = [...actors.values()]
    .filter((actor) => actor.kind === 'country')
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((country) => ({
      country,
      cells: membersByOrganisation.map((members) => members.filter((member) => member.actorId === country.id)),
    }));
  return { columns, rows };
}
