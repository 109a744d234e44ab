import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, FRONT_PAGE_STORIES } from '../../src/interviews/front-page';
import { SITE_NAME } from '../../src/site/site-name';
import { builtPage, frontPage, model, newestInterviews, readingPage } from './site';

const newest = newestInterviews();

describe('the front page', () => {
  const { document } = frontPage();
  const stories = [...document.querySelectorAll('article.story')];

  it('sets the newest interviews as stories, newest first, each headline one click from its words', () => {
    expect(newest.length).toBeGreaterThan(1);
    expect(stories.map((story) => story.querySelector('.story-title a')!.getAttribute('href'))).toEqual(
      newest.slice(0, FRONT_PAGE_STORIES).map(({ id }) => `/${id}/`),
    );
    expect(stories[0]!.classList.contains('story--lead')).toBe(true);
    expect(document.title).toBe(SITE_NAME);
  });

  it('gives each story its title, credit, date and questions, each question linked to its answer', () => {
    stories.forEach((story, index) => {
      const { id, meta, answers } = newest[index]!;
      expect(story.querySelector('.story-title')!.textContent!.trim()).toBe(meta.title);
      expect(story.querySelector('.credit')!.textContent).toBe(meta.credit);
      expect(story.querySelector('time')!.getAttribute('datetime')).toBe(meta.date);
      expect([...story.querySelectorAll('.story-questions a')].map((link) => link.getAttribute('href'))).toEqual(
        answers.map(({ frontmatter }) => `/${id}/#${frontmatter.slug}`),
      );
    });
  });

  it('names the actors each interview names most, most named first, linked to their pages', () => {
    for (const story of stories) {
      const items = [...story.querySelectorAll('.story-actors li')];
      expect(items.length).toBeGreaterThan(0);
      const counts = items.map((item) => {
        const count = item.querySelector('.story-count')!.textContent!;
        return count === 'once' ? 1 : Number(/^(\d+) times$/.exec(count)![1]);
      });
      expect(counts).toEqual(counts.toSorted((a, b) => b - a));
      for (const item of items) {
        const actor = item.querySelector('a')!.getAttribute('href')!.split('/')[2]!;
        expect(model.registry.actors.get(actor)?.name).toBe(item.querySelector('a')!.textContent);
      }
    }
  });
});

describe('the archive', () => {
  it('lists every interview, newest first, a page at a time', () => {
    const first = builtPage('archive/index.html').document;
    const listed = [...first.querySelectorAll('.archive-list a')].map((link) => link.getAttribute('href'));
    expect(listed).toEqual(newest.slice(0, ARCHIVE_PAGE_SIZE).map(({ id }) => `/${id}/`));
  });
});

describe.each(model.interviews.map(({ id, meta }) => ({ id, meta })))('the reading page of $id', ({ id, meta }) => {
  const { document } = readingPage(id);

  it('is the whole interview at /<interview>/, titled and canonical there', () => {
    expect(document.querySelector('h1')!.textContent).toBe(meta.title);
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`/${id}/$`));
  });
});
