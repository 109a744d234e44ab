import { closestMatch } from '../content-model/did-you-mean';

/** Queries shorter than this are left alone: "UK" is not a misspelling of "US". */
const SHORTEST_SUGGESTED = 4;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** Every name and alias of every actor, once each, in the order given: what search may suggest. */
export function searchableNames(actors: readonly { name: string; aliases: readonly string[] }[]): string[] {
  const names = new Map<string, string>();
  for (const { name, aliases } of actors)
    for (const each of [name, ...aliases]) if (!names.has(fold(each))) names.set(fold(each), each);
  return [...names.values()];
}

/**
 * The actor name a reader probably meant, when the query is close to one (a letter or two out)
 * but is not the start of any: "tajikstan" → "Tajikistan". Nothing for a query that already
 * names an actor, for a short one, or for one close to no name.
 */
export function suggestName(query: string, names: readonly string[]): string | undefined {
  const typed = fold(query);
  if (typed.length < SHORTEST_SUGGESTED) return undefined;
  const folded = names.map(fold);
  if (folded.some((name) => name.startsWith(typed) || name.split(/\s+/).some((word) => word.startsWith(typed))))
    return undefined;
  const match = closestMatch(typed, folded);
  return match === undefined ? undefined : names[folded.indexOf(match)];
}
