import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { EditorNote } from '../notes/note-schema';
import type { ActorRegistry } from '../actors/read-actors';
import { markActorMentions } from './mark-actor-mentions';
import { markEditorNotes, type NoteProblem } from './mark-editor-notes';

const registry: ActorRegistry = { actors: new Map(), byAlias: new Map() };
const note = (quote: string, fields: Partial<EditorNote> = {}): EditorNote => ({
  id: 'slip',
  file: 'content/notes/slip.yaml',
  quoteAt: { line: 2, column: 8 },
  answer: 'talk/war',
  kind: 'correction',
  quote,
  note: 'A slip for the United States.',
  asOf: '2026-11-29',
  sources: [{ title: 'Iraq War', url: 'https://en.wikipedia.org/wiki/Iraq_War' }],
  ...fields,
});

function transform(
  markdown: string,
  notes: EditorNote[],
  correctionHref?: (id: string) => string | undefined,
): { html: string; problems: NoteProblem[] } {
  let problems: NoteProblem[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(() => (tree: Root) => {
      markActorMentions(tree, { registry, slug: 'war', actorHref: (id) => `/actors/${id}/` });
      problems = markEditorNotes(tree, notes, correctionHref);
    })
    .use(remarkRehype)
    .use(rehypeStringify);
  return { html: String(processor.processSync(markdown)), problems };
}

describe('marking editors’ notes', () => {
  it('labels the note with its kind, and links its date to its correction when it has one', () => {
    const { html } = transform('We hate the States of the States.', [note('the States of the States')], (id) =>
      id === 'slip' ? '/corrections/#correction-slip' : undefined,
    );
    expect(html).toContain('<span class="editor-note-label">Editors’ note · Correction</span>');
    expect(html).toContain('<a href="/corrections/#correction-slip">As of Nov 2026.</a>');
  });

  it('draws a span round the quoted words and places the note after the paragraph', () => {
    const { html, problems } = transform('We hate the States of the States in particular.', [
      note('the States of the States'),
    ]);
    expect(problems).toEqual([]);
    expect(html).toMatchSnapshot();
  });

  it('keeps every character of the paragraph', () => {
    const markdown = 'We hate “the States of the States” — in particular.';
    const { html } = transform(markdown, [note('the States of the States')]);
    const paragraph = html.match(/<p id="war-1">(.*?)<\/p>/s)![1]!.replace(/<[^>]+>/g, '');
    expect(paragraph).toBe(markdown);
  });

  it('finds words inside an actor’s mark', () => {
    const { html } = transform('Hate of [the States of the States](https://example.org).', [
      note('the States of the States'),
    ]);
    expect(html).toContain(
      '<a href="https://example.org"><span class="noted" id="noted-slip">the States of the States</span></a>',
    );
  });

  it('gathers the notes of one paragraph in one group, in the order given', () => {
    const { html } = transform('One slip and two slips.', [note('One', { id: 'one' }), note('two', { id: 'two' })]);
    expect(html.match(/<div class="editor-notes">.*<\/div>/s)![0].match(/id="editor-note-[a-z]+"/g)).toEqual([
      'id="editor-note-one"',
      'id="editor-note-two"',
    ]);
  });

  it('does not add a second pair of quotation marks to a quote that has its own', () => {
    const { html } = transform('The “16 + 1 dialogue” grew.', [note('“16 + 1 dialogue”')]);
    expect(html).toContain('<span class="editor-note-quote">“16 + 1 dialogue”</span>');
  });

  it('reports a quote that is not in the answer, with a hint', () => {
    const { problems } = transform('We hate the United States.', [note('the States of the States')]);
    expect(problems.map(({ message, hint }) => `${message} | ${hint}`)).toEqual([
      "the quote of note 'slip' is not in talk/war | copy the words exactly, curly quotes and all; a quote cannot run across the edge of an actor mark",
    ]);
  });

  it('reports a quote found more than once, which would be ambiguous', () => {
    const { problems } = transform('War is war.\n\nAnother war.', [note('war')]);
    expect(problems[0]?.message).toBe("the quote of note 'slip' is in talk/war 2 times");
  });
});
