import type { ActorKind } from './actor-schema';

/** How each kind is headed where actors are listed, in the order they are listed. */
export const ACTOR_KIND_HEADINGS: Record<ActorKind, string> = {
  organisation: 'Organisations',
  country: 'Countries',
  person: 'People',
  event: 'Events',
  place: 'Places and regions',
};

/** One actor's kind in words, as search filters offer it. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  organisation: 'Organisation',
  country: 'Country',
  person: 'Person',
  event: 'Event',
  place: 'Place or region',
};
