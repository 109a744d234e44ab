import { didYouMean } from './did-you-mean';
import { foldName, type ActorRegistry } from '../actors/read-actors';

/**
 * What to tell the author of an actor mark whose id names no actor (an id that decodes, as the
 * content check makes sure): the id meant, if it is a name
 * or alias of one or close to one, or else how to add it. Used when content loads and again, for
 * an answer edited in `astro dev`, by the remark plugin.
 */
export function unknownActor(id: string, registry: ActorRegistry): { message: string; hint: string } {
  const aliasOf = registry.byAlias.get(foldName(decodeURIComponent(id)));
  return {
    message: `unknown actor '${id}'`,
    hint: aliasOf
      ? `'${id}' is a name of actor '${aliasOf}': write actor:${aliasOf}`
      : didYouMean(
          id,
          registry.actors.keys(),
          `add content/actors/${id}.yaml, or use one of the ids in content/actors/`,
        ),
  };
}
