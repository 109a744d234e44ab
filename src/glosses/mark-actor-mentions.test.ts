import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ActorRegistry } from '../actors/read-actors';
import { makeActor } from '../test-support/actor';
import { markActorMentions, type Mention, type MentionProblem } from './mark-actor-mentions';

const actor = (id: string, name: string, aliases: string[] = []) =>
  makeActor(id, { name, aliases, kind: 'organisation', gloss: `${name} gloss.` });

const registry: ActorRegistry = {
  actors: new Map(
    [actor('nato', 'NATO'), actor('sco', 'SCO', ['Shanghai Five']), actor('brics', 'BRICS')].map((a) => [a.id, a]),
  ),
  byAlias: new Map([
    ['nato', 'nato'],
    ['sco', 'sco'],
    ['shanghai five', 'sco'],
    ['brics', 'brics'],
  ]),
};

function transform(markdown: string): { html: string; problems: MentionProblem[]; mentions: Mention[] } {
  let problems: MentionProblem[] = [];
  let mentions: Mention[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(() => (tree: Root) => {
      ({ problems, mentions } = markActorMentions(tree, {
        registry,
        slug: 'war',
        actorHref: (id) => `/#actor-${id}`,
        siteHref: (path) => `/sub${path}`,
        correctionHref: (id) => (id === 'nato' ? `/corrections/#correction-${id}` : undefined),
      }));
    })
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, problems, mentions };
}

describe('marking actor mentions', () => {
  it('links the date of a corrected gloss to its correction, and leaves the others as text', () => {
    const { html } = transform('[NATO](actor:nato) and [BRICS](actor:brics).');
    expect(html).toContain('<a class="gloss-asof" href="/corrections/#correction-nato">As of');
    expect(html).toMatch(/id="gloss-war-brics"[^]*<span class="gloss-asof">As of/);
  });

  it('puts a link to a path of the site under the base it is deployed at, and leaves other links as written', () => {
    const { html } = transform('See [the entry](/actors/sco/) and [a source](https://example.org/).');
    expect(html).toContain('<a href="/sub/actors/sco/">the entry</a>');
    expect(html).toContain('<a href="https://example.org/">a source</a>');
  });

  it('turns the first mark of an actor into a mention with a gloss beside its paragraph', () => {
    const { html, problems } = transform('Both joined [NATO](actor:nato) in 1949.');
    expect(problems).toEqual([]);
    expect(html).toMatchSnapshot();
  });

  it('lists every mention in reading order with its paragraph and words', () => {
    const { mentions } = transform('[NATO](actor:nato) and the [SCO](actor:sco).\n\nThe *[Alliance](actor:nato)*.');
    expect(mentions.map(({ actor, paragraph, text, glossed }) => ({ actor, paragraph, text, glossed }))).toEqual([
      { actor: 'nato', paragraph: 1, text: 'NATO', glossed: true },
      { actor: 'sco', paragraph: 1, text: 'SCO', glossed: true },
      { actor: 'nato', paragraph: 2, text: 'Alliance', glossed: false },
    ]);
  });

  it('quotes each mention in its sentence, with where its words start', () => {
    const { mentions } = transform('Russia joined. Then the *[SCO](actor:sco)* grew, and grew. It is large.');
    expect(mentions).toEqual([
      {
        actor: 'sco',
        paragraph: 1,
        text: 'SCO',
        glossed: true,
        marked: true,
        sentence: 'Then the SCO grew, and grew.',
        at: 9,
      },
    ]);
  });

  it('lists the actors’ names that no mark covers too, unmarked, in reading order', () => {
    const { mentions } = transform('The SCO and [NATO](actor:nato) met NATO.');
    expect(mentions.map(({ actor, text, glossed, marked }) => ({ actor, text, glossed, marked }))).toEqual([
      { actor: 'sco', text: 'SCO', glossed: false, marked: false },
      { actor: 'nato', text: 'NATO', glossed: true, marked: true },
      { actor: 'nato', text: 'NATO', glossed: false, marked: false },
    ]);
  });

  it('lists no mention of an unknown actor', () => {
    expect(transform('The [SKO](actor:sko).').mentions).toEqual([]);
  });

  it('keeps the words of the mark exactly, curly quotes and all', () => {
    const { html } = transform('the “[16 + 1 dialogue](actor:sco)”.');
    expect(html).toContain('the “<a href="#gloss-war-sco"');
    expect(html).toContain('>16 + 1 dialogue</a>”.');
  });

  it('links later mentions in the same answer to the actor’s entry, with no second gloss', () => {
    const { html } = transform('[NATO](actor:nato) first.\n\nThen [the alliance](actor:nato) again.');
    expect(html.match(/class="gloss"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/#actor-nato" class="mention mention--later">the alliance</a>');
  });

  it('gives each paragraph an anchor numbered from 1', () => {
    const { html } = transform('One.\n\nTwo.\n\nThree.');
    expect(html).toContain('<p id="war-1">One.</p>');
    expect(html).toContain('<p id="war-3">Three.</p>');
  });

  it('keeps glosses out of the paragraph so its text is only the interview’s words', () => {
    const { html } = transform('Both [NATO](actor:nato) and [SCO](actor:sco).');
    const paragraph = /<p[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(paragraph.replace(/<[^>]+>/g, '')).toBe('Both NATO and SCO.');
    expect(html).toContain('</p><aside class="glosses" role="none">');
  });

  it('sets a paragraph’s glosses in one aside, in the order of their mentions', () => {
    const { html } = transform('[NATO](actor:nato), [SCO](actor:sco) and [BRICS](actor:brics).');
    expect(html.match(/<aside/g)).toHaveLength(1);
    const aside = /<aside class="glosses"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
    expect([...aside.matchAll(/id="gloss-war-([a-z]+)"/g)].map((m) => m[1])).toEqual(['nato', 'sco', 'brics']);
  });

  it('links a first mention to its gloss, whose id names the mention’s, so a script can link back', () => {
    const { html } = transform('[NATO](actor:nato).');
    expect(html).toContain('<a href="#gloss-war-nato" id="mention-war-nato" class="mention">');
    expect(html).toContain('id="gloss-war-nato"');
  });

  it('reports an unknown actor where it stands, suggesting the id meant', () => {
    const { problems } = transform('Text.\n\nThe [SKO](actor:sko) grew.');
    expect(problems).toEqual([
      {
        message: "unknown actor 'sko'",
        hint: "did you mean 'sco'?",
        position: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 5 }) }),
      },
    ]);
  });

  it('points an actor written by its alias to the id to use', () => {
    const { problems } = transform('[Shanghai Five](actor:Shanghai%20Five).');
    expect(problems[0]?.hint).toBe("'Shanghai%20Five' is a name of actor 'sco': write actor:sco");
  });

  it('refuses a mention outside the running text of the answer', () => {
    const { problems } = transform('- a list with [NATO](actor:nato)');
    expect(problems[0]?.message).toBe('an actor mention outside a paragraph of the answer');
  });

  it('leaves ordinary links alone', () => {
    const { html } = transform('[A site](https://example.org/).');
    expect(html).toContain('<a href="https://example.org/">A site</a>');
    expect(html).not.toContain('glosses');
  });
});
