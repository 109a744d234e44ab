import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, actorOf, answerPagePath, builtPage, markedActors, model, readingPage } from './site';

const glossTexts = [...model.registry.actors.values()].map((actor) => actor.gloss);

for (const { id, answers } of model.interviews)
  describe(`glosses on the reading page of ${id}`, () => {
    const { document } = readingPage(id);

    for (const { file, frontmatter } of answers) {
      it(`“${frontmatter.slug}” glosses the first mention of every actor it names, and only that one`, () => {
        const section = document.getElementById(frontmatter.slug)!;
        const firstMentions = [...section.querySelectorAll('.mention:not(.mention--later)')];
        expect(firstMentions.map(actorOf)).toEqual(markedActors(file));
        for (const mention of firstMentions) {
          const gloss = document.getElementById(mention.getAttribute('href')!.slice(1))!;
          const actor = model.registry.actors.get(actorOf(mention))!;
          expect(gloss.classList.contains('gloss')).toBe(true);
          expect(gloss.querySelector('.gloss-name')?.nextSibling?.textContent).toBe(` ${actor.gloss} `);
          expect(gloss.querySelector('.gloss-name')?.textContent).toBe(actor.name);
          // The gloss's id names its mention's, which the link back, added by gloss-layout.ts, points to.
          expect(gloss.id.replace(/^gloss-/, 'mention-')).toBe(mention.id);
          expect(mention.getAttribute('href')).toBe(`#${gloss.id}`);
        }
      });
    }

    it('links every later mention, and every gloss’s name, to the actor’s own page', () => {
      const links = [...document.querySelectorAll('.mention--later, .gloss-name')];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const actor = actorOf(link);
        expect(model.registry.actors.has(actor), actor).toBe(true);
        expect(existsSync(join(DIST, 'actors', actor, 'index.html')), actor).toBe(true);
      }
    });

    it('keeps every gloss outside the paragraphs of the interview', () => {
      expect(document.querySelectorAll('p .gloss, p .glosses')).toHaveLength(0);
      const words = [...document.querySelectorAll('.passage > p')].map((p) => p.textContent ?? '').join('\n');
      for (const gloss of glossTexts) expect(words).not.toContain(gloss);
    });

    // That no gloss or note is in the search index: search-index.test.ts, whose excerpts are the paragraphs alone.

    it('keeps glosses out of the interview in reader mode', () => {
      const interview = new Readability(readingPage(id).document as unknown as Document).parse()?.textContent ?? '';
      const paragraphs = [...document.querySelectorAll('.passage > p')].map((paragraph) => paragraph.textContent ?? '');
      for (const paragraph of [paragraphs[0]!, paragraphs.at(-1)!]) expect(interview).toContain(paragraph);
      for (const gloss of glossTexts) expect(interview).not.toContain(gloss);
    });
  });

describe('glosses on an answer’s own page', () => {
  it.each(model.interviews.map(({ id, answers }) => [id, answers] as const))(
    'are the same as on the reading page of %s',
    (id, answers) => {
      for (const { frontmatter } of answers) {
        const page = builtPage(answerPagePath(id, frontmatter.slug)).document;
        const home = readingPage(id).document.getElementById(frontmatter.slug)!;
        const ids = (root: ParentNode) => [...root.querySelectorAll('.gloss')].map((gloss) => gloss.id);
        expect(ids(page)).toEqual(ids(home));
      }
    },
  );
});
