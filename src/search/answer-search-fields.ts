import { ACTOR_KIND_LABELS } from '../actors/actor-kinds';
import { ACTOR_KINDS, type ActorData } from '../actors/actor-schema';
import { JOINERS } from './landing-terms';

/** What an answer page gives Pagefind besides its text: names to match, and values to filter by. */
export interface AnswerSearchFields {
  /** Every name of every actor the answer mentions, in the forms a reader may type. */
  names: string[];
  /** The kinds of those actors, in words, in the order kinds are listed. */
  kinds: string[];
  /** Those actors by name, in the order the answer first mentions them. */
  actors: string[];
  /** The search forms of each actor's names, by actor id, for highlighting on the answer. */
  namesByActor: Record<string, string[]>;
}

type NamedActor = Pick<ActorData, 'name' | 'kind' | 'aliases'>;

/** A name, plus the same name with its joining punctuation turned to spaces if that differs. */
export function searchFormsOf(name: string): string[] {
  const spaced = name.replace(JOINERS, ' ').replace(/\s+/g, ' ').trim();
  return spaced === name ? [name] : [name, spaced];
}

/** The search names, filters and actor list of an answer that mentions these actors, in this order. */
export function answerSearchFields(
  mentionedIds: readonly string[],
  actors: ReadonlyMap<string, NamedActor>,
): AnswerSearchFields {
  const mentioned = [...new Set(mentionedIds)].map((id) => {
    const actor = actors.get(id);
    if (!actor) throw new Error(`answerSearchFields: no actor '${id}'`);
    return { id, actor, forms: uniqueIgnoringCase([actor.name, ...actor.aliases].flatMap(searchFormsOf)) };
  });
  const kindsPresent = new Set(mentioned.map(({ actor }) => actor.kind));
  return {
    names: uniqueIgnoringCase(mentioned.flatMap(({ forms }) => forms)),
    kinds: ACTOR_KINDS.filter((kind) => kindsPresent.has(kind)).map((kind) => ACTOR_KIND_LABELS[kind]),
    actors: mentioned.map(({ actor }) => actor.name),
    namesByActor: Object.fromEntries(mentioned.map(({ id, forms }) => [id, forms])),
  };
}

function uniqueIgnoringCase(names: readonly string[]): string[] {
  const byFolded = new Map<string, string>();
  for (const name of names) {
    const folded = name.toLocaleLowerCase('en');
    if (!byFolded.has(folded)) byFolded.set(folded, name);
  }
  return [...byFolded.values()];
}
