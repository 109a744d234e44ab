import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerPagePath, builtPage, builtPagePaths, model, readingPage, ROOT } from './site';

/**
 * The interview's words are reproduced exactly. The source text is: the title, the questions and
 * answers one paragraph a block, the credit line, then anything the publishing page added.
 */
function readSource(sourceFile: string, credit: string) {
  const blocks = readFileSync(join(ROOT, sourceFile), 'utf8')
    .split(/\n{2,}/)
    .map((block) => block.trim());
  const creditIndex = blocks.indexOf(credit);
  if (creditIndex === -1) throw new Error(`${sourceFile} has no paragraph equal to the credit line "${credit}"`);
  return { title: blocks[0]!, body: blocks.slice(1, creditIndex), debris: blocks.slice(creditIndex + 1) };
}

/** The text of a paragraph with any editorial addition taken out. */
function wordsOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const added of [...copy.querySelectorAll('.gloss, .glosses')]) added.remove();
  return copy.textContent ?? '';
}

it('the edition keeps the source text of its interviews beside them, to check the words against', () => {
  const withSource = model.interviews.filter((interview) => interview.sourceFile);
  expect(withSource.map(({ id, sourceFile }) => `${id}: ${basename(sourceFile!)}`)).toEqual([
    'china-russia-relations: source.txt',
  ]);
});

for (const { id, meta, answers, sourceFile } of model.interviews) {
  if (!sourceFile) continue;
  const source = readSource(sourceFile, meta.credit);

  describe(`the words of “${meta.title}”`, () => {
    const { document } = readingPage(id);

    it('keep the title and credit line exactly', () => {
      expect(document.querySelector('h1')?.textContent).toBe(source.title);
      expect(meta.title).toBe(source.title);
      expect(document.querySelector('.credit')?.textContent).toBe(meta.credit);
    });

    it('match the source paragraph by paragraph on the full interview', () => {
      const rendered = [...document.querySelectorAll('.answer')].flatMap((section) => [
        wordsOf(section.querySelector('h2')!),
        ...[...section.querySelectorAll('.passage > p')].map(wordsOf),
      ]);
      expect(rendered).toEqual(source.body);
    });

    it('match the source on each answer’s own page', () => {
      let cursor = 0;
      for (const answer of answers) {
        const page = builtPage(answerPagePath(id, answer.frontmatter.slug)).document;
        const rendered = [
          wordsOf(page.querySelector('.answer-head > h1')!),
          ...[...page.querySelectorAll('.passage > p')].map(wordsOf),
        ];
        expect(rendered).toEqual(source.body.slice(cursor, cursor + rendered.length));
        cursor += rendered.length;
      }
      expect(cursor).toBe(source.body.length);
    });

    it('are the plain text, exactly: title, credit, then every question and paragraph', () => {
      const text = readFileSync(join(ROOT, 'dist', 'data', id, 'text.txt'), 'utf8');
      const [words = '', provenance = ''] = text.split('\n\n---\n');
      const [title, creditAndDate, ...body] = words.split('\n\n');
      expect(title).toBe(source.title);
      expect(creditAndDate?.split('\n')[0]).toBe(meta.credit);
      expect(body).toEqual(source.body);
      expect(provenance).toMatch(/without the editors’ glosses and notes\.\n$/);
    });

    it('leave out what the publishing page added, such as “Leave a Comment”', () => {
      expect(source.debris).toEqual(['Leave a Comment']);
      for (const path of builtPagePaths()) {
        const body = builtPage(path).document.body;
        // The editors' notes may say what was left out; nothing else may show it.
        for (const note of [...body.querySelectorAll('.editorial')]) note.remove();
        const text = body.textContent ?? '';
        for (const debris of source.debris) expect(text, path).not.toContain(debris);
      }
    });
  });
}
