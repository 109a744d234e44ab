import { describe, expect, it } from 'vitest';
import { FRONT_PAGE_STORIES } from '../../src/interviews/front-page';
import { answerPagePath, builtPage, model, newestInterviews, readingPage } from './site';

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

for (const { id, answers } of model.interviews) {
  describe(`the answers of ${id}`, () => {
    const home = readingPage(id).document;

    it('each have an anchor on the full interview, and anchors for their paragraphs', () => {
      for (const { frontmatter, paragraphs } of answers) {
        const section = home.getElementById(frontmatter.slug);
        expect(section?.tagName).toBe('SECTION');
        expect(section?.querySelector('h2')?.textContent).toBe(frontmatter.question);
        const anchored = [...section!.querySelectorAll('.passage > p')].map((paragraph) => paragraph.id);
        expect(anchored).toEqual(Array.from({ length: paragraphs }, (_, index) => `${frontmatter.slug}-${index + 1}`));
      }
    });

    it('are listed in order in the table of questions', () => {
      const links = [...home.querySelectorAll('#contents a')].map((link) => link.getAttribute('href'));
      expect(links).toEqual(answers.map((answer) => `#${answer.frontmatter.slug}`));
    });

    answers.forEach(({ frontmatter }, index) => {
      it(`“${frontmatter.slug}” has its own page, titled by its question, with link-preview metadata`, () => {
        const { document } = builtPage(answerPagePath(id, frontmatter.slug));
        const path = `/${id}/${frontmatter.slug}/`;
        // The site name follows the question only where both fit in 70 characters; the question is never cut.
        const withSite = `${frontmatter.question} · The Annotated Interview`;
        expect(document.title).toBe(withSite.length <= 70 ? withSite : frontmatter.question);
        expect(document.querySelector('h1')?.textContent).toBe(frontmatter.question);
        expect(meta(document, 'description')?.length).toBeGreaterThan(50);
        expect(meta(document, 'og:title')).toBe(frontmatter.question);
        expect(meta(document, 'og:description')).toBe(meta(document, 'description'));
        expect(meta(document, 'og:type')).toBe('article');
        expect(meta(document, 'twitter:card')).toBe('summary');
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${path}$`));
        expect(document.querySelector(`a[href="/${id}/#${frontmatter.slug}"]`)?.textContent).toBe(
          'Read this answer in the full interview',
        );
        expect(document.querySelector('copy-link a')?.getAttribute('href')).toBe(path);
      });

      it(`“${frontmatter.slug}” links to the previous and next answers`, () => {
        const { document } = builtPage(answerPagePath(id, frontmatter.slug));
        const previous = answers[index - 1];
        const next = answers[index + 1];
        expect(document.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(
          previous ? `/${id}/${previous.frontmatter.slug}/` : undefined,
        );
        expect(document.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(
          next ? `/${id}/${next.frontmatter.slug}/` : undefined,
        );
        expect(document.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
          previous ? `/${id}/${previous.frontmatter.slug}/` : undefined,
        );
        expect(document.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
          next ? `/${id}/${next.frontmatter.slug}/` : undefined,
        );
      });
    });
  });
}

describe('the 404 page', () => {
  it('exists and lists every answer of the newest interviews', () => {
    const { document } = builtPage('404.html');
    expect(document.querySelector('h1')?.textContent).toBe('There is no page at this address');
    const listed = [...document.querySelectorAll('.contents li a')].map((link) => link.getAttribute('href'));
    const newest = newestInterviews().slice(0, FRONT_PAGE_STORIES);
    expect(listed).toEqual(
      newest.flatMap(({ id, answers }) => answers.map(({ frontmatter }) => `/${id}/${frontmatter.slug}/`)),
    );
  });
});
