import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_LABELS } from '../../src/actors/actor-kinds';
import { searchFormsOf } from '../../src/search/answer-search-fields';
import { indexedPages } from './search-index';
import { DIST, answerPagePath, builtPage, markedActors, model } from './site';

const answers = model.interviews.flatMap((interview) =>
  interview.answers.map((answer) => ({
    interview: interview.id,
    ...answer,
    url: `/${interview.id}/${answer.frontmatter.slug}/`,
  })),
);
const pages = indexedPages();
const pageAt = (url: string) => {
  const page = pages.find((candidate) => candidate.url === url);
  if (!page) throw new Error(`${url} is not in the search index`);
  return page;
};
const paragraphsOf = (interview: string, slug: string) =>
  [...builtPage(answerPagePath(interview, slug)).document.querySelectorAll('.answer p[id]')].map((p) =>
    p.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('the search index', () => {
  it('is written by the build, with Pagefind’s Component UI beside it', () => {
    for (const file of ['pagefind-entry.json', 'pagefind.js', 'pagefind-component-ui.js', 'pagefind-highlight.js']) {
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    }
  });

  it('comes with styles that restyle only the dialog when search opens, not the page behind it', () => {
    // A rule for :root restyles every element; a stylesheet with a cascade layer, added to a page
    // already laid out, made Chromium lay out all of it again (src/integrations/component-ui-tokens.ts).
    const pagefindStyles = readFileSync(join(DIST, 'pagefind', 'pagefind-component-ui.css'), 'utf8');
    expect(pagefindStyles).not.toMatch(/^:root\b/m);
    expect(pagefindStyles).toMatch(/^:where\(pagefind-modal, pagefind-modal-trigger\) \{\n\s+--pf-text:/m);
    const dialogStyles = readdirSync(join(DIST, '_astro')).filter((file) => /^search-dialog\..*\.css$/.test(file));
    expect(dialogStyles).toHaveLength(1);
    expect(readFileSync(join(DIST, '_astro', dialogStyles[0]!), 'utf8')).not.toContain('@layer');
  });

  it('holds each answer once, from its own page, and each actor’s page, and nothing else', () => {
    const actorPages = [...model.registry.actors.keys()].map((id) => `/actors/${id}/`);
    expect(pages.map((page) => page.url).sort()).toEqual(
      [...answers.map((answer) => answer.url), ...actorPages].sort(),
    );
  });

  it('tells answers and who’s who entries apart by a filter and by their titles', () => {
    for (const answer of answers) expect(pageAt(answer.url).filters['Result type']).toEqual(['Answer']);
    for (const actor of model.registry.actors.values()) {
      const page = pageAt(`/actors/${actor.id}/`);
      expect(page.filters['Result type']).toEqual(['Who’s who entry']);
      expect(page.meta['title']).toBe(`Who’s who: ${actor.name}`);
    }
  });

  it('gives each answer its question as the result title', () => {
    for (const answer of answers) expect(pageAt(answer.url).meta['title']).toBe(answer.frontmatter.question);
  });

  it('indexes only the interviewee’s words: the answer’s paragraphs, without glosses, question or chrome', () => {
    for (const answer of answers) {
      expect(pageAt(answer.url).content).toBe(paragraphsOf(answer.interview, answer.frontmatter.slug).join(' '));
    }
  });

  it('carries every name and alias of every actor an answer mentions, so any of them finds it', () => {
    for (const answer of answers) {
      const names = pageAt(answer.url).meta['names']!.split('; ');
      for (const id of markedActors(answer.file)) {
        const actor = model.registry.actors.get(id)!;
        for (const name of [actor.name, ...actor.aliases].flatMap(searchFormsOf)) {
          expect(
            names.map((n) => n.toLowerCase()),
            `${answer.url}: ${name}`,
          ).toContain(name.toLowerCase());
        }
      }
    }
  });

  it('files each answer under the names and kinds of the actors it mentions, marked ones included', () => {
    const byName = new Map([...model.registry.actors.values()].map((actor) => [actor.name, actor]));
    for (const answer of answers) {
      const { filters } = pageAt(answer.url);
      const filed = filters['Actor']!.map((name) => byName.get(name)!);
      expect(filed.every(Boolean), answer.url).toBe(true);
      expect(filed.map((actor) => actor.id)).toEqual(expect.arrayContaining(markedActors(answer.file)));
      expect(filters['Kind of actor']!.sort()).toEqual(
        [...new Set(filed.map((actor) => ACTOR_KIND_LABELS[actor.kind]))].sort(),
      );
    }
  });
});
