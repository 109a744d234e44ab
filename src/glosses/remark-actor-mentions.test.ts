import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content-model/content-error';
import { makeActor } from '../test-support/actor';
import remarkActorMentions, { MENTIONS_KEY } from './remark-actor-mentions';

const registry = { actors: new Map(), byAlias: new Map() };
const nato = makeActor('nato', { name: 'NATO', kind: 'organisation' });
const run = (markdown: string, frontmatter: Record<string, unknown>, actors = registry) => {
  const file = new VFile({
    path: '/project/content/interviews/x/01-a.mdx',
    value: markdown,
    data: { astro: { frontmatter } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkActorMentions, { root: '/project', registry: actors, actorHref: (id: string) => `/#actor-${id}` });
  return processor.runSync(processor.parse(file), file) as Root;
};

describe('the remark plugin', () => {
  it('stops the build with file:line:column and a hint for an unknown actor', () => {
    expect(() => run('\n\nSee [NATO](actor:nato).', { slug: 'a' })).toThrow(ContentError);
    expect(() => run('\n\nSee [NATO](actor:nato).', { slug: 'a' })).toThrow(
      "content/interviews/x/01-a.mdx:3:5 unknown actor 'nato'\n  hint: add content/actors/nato.yaml, or use one of the ids in content/actors/",
    );
  });

  it('stops at anything in an answer that is not words, before MDX compiles it', () => {
    expect(() => run('\n\nSee <img src="x" /> and [x](javascript:alert(1)).', { slug: 'a' })).toThrow(
      'Bad content (2 problems):\n' +
        'content/interviews/x/01-a.mdx:3:5 raw HTML is not allowed in an answer\n' +
        '  hint: an answer holds words: paragraphs, *emphasis*, **strong**, line breaks, [words](actor:id) and links to https pages or the site’s own /paths\n' +
        "content/interviews/x/01-a.mdx:3:25 a link to 'javascript:alert(1)' is not allowed in an answer",
    );
  });

  it('leaves Markdown without an answer slug untouched', () => {
    const tree = run('See [NATO](actor:nato).', {});
    expect(tree.children[0]?.type).toBe('paragraph');
  });

  it('leaves the answer’s mentions in its frontmatter', () => {
    const frontmatter: Record<string, unknown> = { slug: 'a' };
    run('See [NATO](actor:nato).', frontmatter, { actors: new Map([['nato', nato]]), byAlias: new Map() });
    expect(frontmatter[MENTIONS_KEY]).toEqual([
      { actor: 'nato', paragraph: 1, text: 'NATO', glossed: true, marked: true, sentence: 'See NATO.', at: 4 },
    ]);
  });

  it('wraps the paragraphs of an answer', () => {
    const tree = run('Words.', { slug: 'a' });
    expect(tree.children[0]?.type).toBe('passage');
  });
});
