import type { Paragraph } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ActorRegistry } from '../actors/read-actors';
import { makeActor } from '../test-support/actor';
import { findUnmarkedNames, paragraphLayout } from './find-unmarked-names';

const actor = (id: string, name: string, aliases: string[] = []) => makeActor(id, { name, aliases });
const registry: ActorRegistry = {
  actors: new Map(
    [
      actor('russia', 'Russia', ['Russian Federation', 'Moscow']),
      actor('cold-war', 'Cold War', ['post-Cold War']),
      actor('united-states', 'United States', ['US']),
    ].map((a) => [a.id, a]),
  ),
  byAlias: new Map(),
};
const paragraph = (markdown: string) =>
  paragraphLayout(unified().use(remarkParse).parse(markdown).children[0] as Paragraph);

describe('finding unmarked names', () => {
  it('finds each name and alias outside the marks, with where it starts', () => {
    expect(
      findUnmarkedNames(paragraph('[Russia](actor:russia) and Moscow; Russia’s *United States*.'), registry),
    ).toEqual([
      { actor: 'russia', text: 'Moscow', offset: 11 },
      { actor: 'russia', text: 'Russia', offset: 19 },
      { actor: 'united-states', text: 'United States', offset: 28 },
    ]);
  });

  it('prefers the longest name at a place', () => {
    expect(findUnmarkedNames(paragraph('The post-Cold War and the Russian Federation.'), registry)).toEqual([
      { actor: 'cold-war', text: 'post-Cold War', offset: 4 },
      { actor: 'russia', text: 'Russian Federation', offset: 26 },
    ]);
  });

  it('matches whole words only, as written', () => {
    expect(findUnmarkedNames(paragraph('Russian troops, USSR, us and Prussia.'), registry)).toEqual([]);
  });
});
