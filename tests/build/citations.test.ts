import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SUB_BASE, SUB_DIST, TEST_SITE_URL } from '../../scripts/test-builds.mjs';
import { answerPagePath, builtPage, model } from './site';

const BUILDS = [
  { dist: DIST, base: '/', urlOf: (path: string) => new URL(path, TEST_SITE_URL).href },
  // Without a site, a citation gives the answer's path.
  { dist: SUB_DIST, base: SUB_BASE, urlOf: (path: string) => path },
];

const meta = (document: Document, name: string) =>
  document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

for (const { dist, base, urlOf } of BUILDS)
  for (const { id, meta: interview, answers } of model.interviews)
    describe(`${dist}: the answers of ${id}`, () => {
      for (const { frontmatter } of answers) {
        const path = `${base}${id}/${frontmatter.slug}/`;
        const url = urlOf(path);
        const { document } = builtPage(answerPagePath(id, frontmatter.slug), dist);

        it(`“${frontmatter.slug}” carries the Highwire citation meta and schema.org JSON-LD`, () => {
          expect(meta(document, 'citation_title')).toBe(`${interview.title}: ${frontmatter.question}`);
          expect(meta(document, 'citation_publication_date')).toBe(interview.date.replaceAll('-', '/'));
          expect(meta(document, 'citation_public_url')).toBe(url);
          const jsonLd = document.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
          expect(JSON.parse(jsonLd)).toMatchObject({
            url,
            name: frontmatter.question,
            isPartOf: { name: interview.title, creditText: interview.credit, datePublished: interview.date },
          });
        });

        it(`“${frontmatter.slug}” shows its citations as text, in Chicago and APA, with the title, credit, date, question and URL`, () => {
          const styles = [...document.querySelectorAll('.cite dt')].map((term) => term.textContent);
          expect(styles).toEqual(['Chicago', 'APA']);
          const [chicago, apa] = [...document.querySelectorAll('.cite .citation')].map(
            (text) => text.textContent ?? '',
          );
          const year = interview.date.slice(0, 4);
          for (const citation of [chicago!, apa!]) {
            expect(citation).toContain(interview.credit);
            expect(citation).toContain(frontmatter.question);
            expect(citation).toContain(year);
            expect(citation).toContain(url);
          }
          // Chicago quotes the title, and the title's own quotation in single marks; APA gives it as it is.
          expect(chicago).toContain(interview.title.replaceAll('“', '‘').replaceAll('”', '’').replace(/’$/, ''));
          expect(apa!.startsWith(interview.title)).toBe(true);
        });

        it(`“${frontmatter.slug}” offers its BibTeX and RIS files, which cite the same answer`, () => {
          const links = [...document.querySelectorAll('.cite a[download]')].map((link) => link.getAttribute('href'));
          expect(links).toEqual([`${base}${id}/${frontmatter.slug}.bib`, `${base}${id}/${frontmatter.slug}.ris`]);
          const file = (href: string) => readFileSync(join(dist, href.slice(base.length)), 'utf8');
          const bibtex = file(links[0]!);
          expect(bibtex).toMatch(new RegExp(`^@misc\\{${id}-${frontmatter.slug},\\n`));
          expect(bibtex).toContain(`  url = {${url}},\n`);
          expect(bibtex).toContain(`  year = {${interview.date.slice(0, 4)}},\n`);
          const ris = file(links[1]!);
          expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
          expect(ris).toContain(`\r\nUR  - ${url}\r\n`);
          expect(ris).toContain(frontmatter.question);
          expect(ris.endsWith('ER  - \r\n')).toBe(true);
        });
      }
    });
