import type { Paragraph, PhrasingContent } from 'mdast';
import type { ActorRegistry } from '../content/read-actors';

/** A name of an actor found in the text outside any mark. */
export interface UnmarkedName {
  actor: string;
  /** The words as the text has them. */
  text: string;
  /** Where they start in the paragraph's text. */
  offset: number;
}

interface NameFinder {
  pattern: RegExp;
  actorOf: Map<string, string>;
}

const finders = new WeakMap<ActorRegistry, NameFinder>();

/**
 * Every name and alias of every actor, as one pattern: whole words only, as written (names are
 * proper nouns), longest first so that "Russian Federation" wins over "Russia".
 */
function finderFor(registry: ActorRegistry): NameFinder {
  const cached = finders.get(registry);
  if (cached) return cached;
  const actorOf = new Map<string, string>();
  for (const actor of registry.actors.values())
    for (const name of [actor.name, ...actor.aliases]) actorOf.set(name, actor.id);
  const names = [...actorOf.keys()].sort((a, b) => b.length - a.length);
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const finder = {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    actorOf,
  };
  finders.set(registry, finder);
  return finder;
}

/**
 * The names of actors in a paragraph's text that no mark covers. A mark decides where a gloss
 * goes; these are the interview's other mentions of the same actors, which the actor pages list
 * and count, so that "every mention" means every time the interview names the actor.
 */
export function findUnmarkedNames(paragraph: Paragraph, registry: ActorRegistry): UnmarkedName[] {
  if (registry.actors.size === 0) return [];
  const { pattern, actorOf } = finderFor(registry);
  const found: UnmarkedName[] = [];
  let offset = 0;
  const walk = (nodes: readonly PhrasingContent[], inMark: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (!inMark) {
          for (const match of node.value.matchAll(pattern)) {
            found.push({ actor: actorOf.get(match[0])!, text: match[0], offset: offset + match.index });
          }
        }
        offset += node.value.length;
      } else if (node.type === 'inlineCode') {
        offset += node.value.length;
      } else if ('children' in node) {
        walk(node.children as PhrasingContent[], inMark || node.type === 'link');
      }
    }
  };
  walk(paragraph.children, false);
  return found;
}
