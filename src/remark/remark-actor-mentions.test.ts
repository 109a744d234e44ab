import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error';
import remarkActorMentions from './remark-actor-mentions';

const registry = { actors: new Map(), byAlias: new Map() };
const run = (markdown: string, frontmatter: Record<string, unknown>) => {
  const file = new VFile({
    path: '/project/content/interviews/x/01-a.mdx',
    value: markdown,
    data: { astro: { frontmatter } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkActorMentions, { root: '/project', registry, actorHref: (id: string) => `/#actor-${id}` });
  return processor.runSync(processor.parse(file), file) as Root;
};

describe('the remark plugin', () => {
  it('stops the build with file:line:column and a hint for an unknown actor', () => {
    expect(() => run('\n\nSee [NATO](actor:nato).', { slug: 'a' })).toThrow(ContentError);
    expect(() => run('\n\nSee [NATO](actor:nato).', { slug: 'a' })).toThrow(
      "content/interviews/x/01-a.mdx:3:5 unknown actor 'nato'\n  hint: add content/actors/nato.yaml, or use one of the ids in content/actors/",
    );
  });

  it('leaves Markdown without an answer slug untouched', () => {
    const tree = run('See [NATO](actor:nato).', {});
    expect(tree.children[0]?.type).toBe('paragraph');
  });

  it('wraps the paragraphs of an answer', () => {
    const tree = run('Words.', { slug: 'a' });
    expect(tree.children[0]?.type).toBe('passage');
  });
});
