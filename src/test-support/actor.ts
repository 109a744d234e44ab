import type { Actor } from '../actors/actor-schema';

/** An actor for unit tests: a country with one source, named for its id unless told otherwise. */
export const makeActor = (id: string, fields: Partial<Actor> = {}): Actor => ({
  id,
  name: id,
  kind: 'country',
  aliases: [],
  gloss: 'Gloss.',
  note: 'Note.',
  offices: [],
  memberships: [],
  otherMembers: [],
  asOf: '2026-11-29',
  sources: [{ title: 'Source', url: 'https://example.org/' }],
  ...fields,
});
