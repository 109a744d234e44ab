import type { Link, Paragraph, PhrasingContent } from 'mdast';
import type { ActorRegistry } from '../actors/read-actors';

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

/** A paragraph's text, and where each link's words start and end in it. */
export interface ParagraphLayout {
  text: string;
  links: Map<Link, { start: number; end: number }>;
}

/** Lays a paragraph out as plain text, noting where each link (each actor's mark) stands. */
export function paragraphLayout(paragraph: Paragraph): ParagraphLayout {
  const layout: ParagraphLayout = { text: '', links: new Map() };
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') layout.text += node.value;
      else if ('children' in node) {
        const start = layout.text.length;
        walk(node.children as PhrasingContent[]);
        if (node.type === 'link') layout.links.set(node, { start, end: layout.text.length });
      }
    }
  };
  walk(paragraph.children);
  return layout;
}

/**
 * The names of actors in a paragraph's text that no mark covers. A mark decides where a gloss
 * goes; these are the interview's other mentions of the same actors, which the actor pages list
 * and count, so that "every mention" means every time the interview names the actor.
 */
export function findUnmarkedNames({ text, links }: ParagraphLayout, registry: ActorRegistry): UnmarkedName[] {
  if (registry.actors.size === 0) return [];
  const { pattern, actorOf } = finderFor(registry);
  const marks = [...links.values()];
  const inAMark = (from: number, to: number) => marks.some(({ start, end }) => from < end && to > start);
  return [...text.matchAll(pattern)]
    .filter((match) => !inAMark(match.index, match.index + match[0].length))
    .map((match) => ({ actor: actorOf.get(match[0])!, text: match[0], offset: match.index }));
}
