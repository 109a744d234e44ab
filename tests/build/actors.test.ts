import { describe, expect, it } from 'vitest';
import { membershipMatrix } from '../../src/actors/membership-matrix';
import { membersOf } from '../../src/actors/members';
import { splitAtInterview, timelineOf } from '../../src/actors/timeline';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mentionCountText } from '../../src/actors/mention-count-text';
import { MENTIONS_PER_PAGE } from '../../src/actors/mention-index';
import { actorOf, answerSource, builtPage, DIST, model, newestInterviews, readingPage } from './site';

const actors = model.registry.actors;
const answers = model.interviews.flatMap((interview) =>
  interview.answers.map((answer) => ({ interview: interview.id, ...answer })),
);
const actorPage = (id: string) => builtPage(`actors/${id}/index.html`).document;
/** An actor's page, then every further page of its mentions, in order. */
function actorPages(id: string): Document[] {
  const pages = [actorPage(id)];
  for (let number = 2; existsSync(join(DIST, `actors/${id}/${number}/index.html`)); number++)
    pages.push(builtPage(`actors/${id}/${number}/index.html`).document);
  return pages;
}
/** Every mention an actor's pages quote, in order. */
const mentionItems = (id: string) => actorPages(id).flatMap((page) => [...page.querySelectorAll('.mention-list li')]);
const interviewIds = model.interviews.map(({ id }) => id).join('|');
/** Every `[words](actor:id)` mark in the sources, in reading order, with its answer. */
const marks = answers.flatMap(({ interview, file, frontmatter }) =>
  [...answerSource(file).matchAll(/\[([^\]]+)\]\(actor:([a-z0-9-]+)\)/g)].map((match) => ({
    interview,
    slug: frontmatter.slug,
    words: match[1]!.replace(/\*/g, ''),
    actor: match[2]!,
  })),
);

describe('the who’s who', () => {
  const { document } = builtPage('actors/index.html');

  it('lists every actor, grouped by kind, linked to its page', () => {
    for (const actor of actors.values()) {
      const entry = document.getElementById(`actor-${actor.id}`);
      expect(entry, actor.id).not.toBeNull();
      expect(entry!.closest('section')!.querySelector('h2')!.id).toBe(`kind-${actor.kind}`);
      expect(entry!.querySelector('h3 a')!.getAttribute('href')).toBe(`/actors/${actor.id}/`);
      expect(entry!.textContent).toContain(actor.gloss);
    }
  });

  it('says how often the interviews mention each actor, in how many answers: the mentions its pages list', () => {
    for (const actor of actors.values()) {
      const items = mentionItems(actor.id);
      const answerLinks = new Set(items.map((item) => item.querySelector('a')!.getAttribute('href')!.split('#')[0]));
      const interviewsNaming = new Set([...answerLinks].map((path) => path!.split('/')[1]));
      const expected = mentionCountText({
        mentions: items.length,
        answers: answerLinks.size,
        interviews: interviewsNaming.size,
      });
      expect(document.querySelector(`#actor-${actor.id} .mention-count`)!.textContent, actor.id).toBe(expected);
      expect(actorPage(actor.id).querySelector('.actor-mentions .mention-count')!.textContent, actor.id).toMatch(
        new RegExp(`^${expected}\\.`),
      );
    }
  });
});

describe('each actor’s page', () => {
  it('exists for every actor, with its gloss, note, as-of date and every source', () => {
    for (const actor of actors.values()) {
      const page = actorPage(actor.id);
      expect(page.querySelector('h1')!.textContent).toBe(actor.name);
      expect(page.body.textContent).toContain(actor.gloss);
      expect(page.body.textContent).toContain(actor.note);
      expect(page.querySelector('.actor-facts')!.textContent).toMatch(/As of\s*\d{1,2} \w+ \d{4}/);
      const links = [...page.querySelectorAll('.actor-facts a[href^="https://"]')].map((a) => a.getAttribute('href'));
      const wikidata = links.filter((href) => href?.startsWith('https://www.wikidata.org/'));
      expect(
        links.filter((href) => !wikidata.includes(href)),
        actor.id,
      ).toEqual(actor.sources.map((source) => source.url));
      expect(wikidata, actor.id).toEqual(actor.wikidata ? [`https://www.wikidata.org/wiki/${actor.wikidata}`] : []);
    }
  });

  it('lists every marked mention of the actor, in reading order', () => {
    for (const actor of actors.values()) {
      const items = mentionItems(actor.id);
      const words = items.map((item) => item.querySelector('mark')!.textContent);
      let from = 0;
      for (const mark of marks.filter((candidate) => candidate.actor === actor.id)) {
        from = words.indexOf(mark.words, from) + 1;
        expect(from, `${actor.id}: “${mark.words}” in ${mark.slug}`).toBeGreaterThan(0);
      }
    }
  });

  it('lists the actor’s unmarked mentions too: by one of its names', () => {
    for (const actor of actors.values()) {
      const names = [actor.name, ...actor.aliases];
      const marked = marks.filter((mark) => mark.actor === actor.id).map((mark) => mark.words);
      for (const item of mentionItems(actor.id)) {
        const words = item.querySelector('mark')!.textContent!;
        expect([...names, ...marked], actor.id).toContain(words);
      }
    }
  });

  it('counts every time the answers name China or Russia, marked or not', () => {
    const paragraphs = answers
      .flatMap(({ interview, frontmatter }) => [
        ...builtPage(`${interview}/${frontmatter.slug}/index.html`).document.querySelectorAll('.answer p[id]'),
      ])
      .map((p) => p.textContent!)
      .join('\n');
    const count = (pattern: RegExp) => paragraphs.match(pattern)?.length ?? 0;
    const listed = (id: string) => mentionItems(id).length;
    expect(listed('china')).toBe(count(/(?<![\p{L}\p{N}])(China|Beijing)(?![\p{L}\p{N}])/gu));
    expect(listed('russia')).toBe(count(/(?<![\p{L}\p{N}])(Russia|Moscow)(?![\p{L}\p{N}])/gu));
    expect(listed('china')).toBeGreaterThan(30);
  });

  it('quotes each mention in its sentence and links it to its paragraph', () => {
    for (const actor of actors.values()) {
      for (const item of mentionItems(actor.id)) {
        const href = item.querySelector('a')!.getAttribute('href')!;
        const [path, paragraphId] = href.split('#');
        expect(path).toMatch(new RegExp(`^/(${interviewIds})/[a-z]+/$`));
        const paragraph = builtPage(`${path!.slice(1)}index.html`).document.getElementById(paragraphId!);
        expect(paragraph?.textContent, href).toContain(item.querySelector('blockquote')!.textContent!.trim());
      }
    }
  });

  it('quotes at most a page of mentions at a time, grouped by interview, newest first, then by answer', () => {
    const newest = newestInterviews().map(({ id }) => id);
    const paged = [...actors.keys()].filter((id) => actorPages(id).length > 1);
    expect(paged.length, 'some actor has more mentions than one page quotes').toBeGreaterThan(0);
    for (const id of actors.keys()) {
      const pages = actorPages(id);
      pages.forEach((page, index) => {
        const items = page.querySelectorAll('.mention-list li');
        if (index < pages.length - 1) expect(items.length, id).toBe(MENTIONS_PER_PAGE);
        expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
          index < pages.length - 1 ? `/actors/${id}/${index + 2}/` : undefined,
        );
      });
      const order = pages.flatMap((page) =>
        [...page.querySelectorAll('.mention-interview h3 a')].map((link) => link.getAttribute('href')!.split('/')[1]!),
      );
      const rank = order.map((interview) => newest.indexOf(interview));
      expect(rank, id).toEqual(rank.toSorted((a, b) => a - b));
    }
  });

  it('lists an organisation’s members with the year each joined, from the actor data', () => {
    const organisations = [...actors.values()].filter((actor) => actor.kind === 'organisation').map(({ id }) => id);
    expect(organisations.some((id) => membersOf(id, actors).length > 0)).toBe(true);
    for (const id of organisations) {
      const items = [...actorPage(id).querySelectorAll('.member-list li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' '),
      );
      const members = membersOf(id, actors);
      expect(items).toHaveLength(members.length);
      members.forEach((member, index) => {
        expect(items[index]).toContain(member.name);
        expect(items[index]).toContain(String(member.from));
      });
    }
  });
});

/** The actors an interview's reading page names, marked or not. */
const namedIn = (interviewId: string) =>
  new Set([...readingPage(interviewId).document.querySelectorAll('.passage .mention')].map(actorOf));
const withTable = model.interviews.filter(({ meta }) => meta.memberships.length > 0);
const withTimeline = model.interviews.filter(({ meta }) => meta.timeline.length > 0);

it('gives a table and a timeline to the interviews that list their organisations, and to no other', () => {
  expect(withTable.length).toBeGreaterThan(0);
  expect(withTable.length).toBeLessThan(model.interviews.length);
  for (const { id, meta } of model.interviews) {
    expect(existsSync(join(DIST, id, 'memberships/index.html')), id).toBe(meta.memberships.length > 0);
    expect(existsSync(join(DIST, id, 'timeline/index.html')), id).toBe(meta.timeline.length > 0);
  }
  const listed = (path: string) =>
    [...builtPage(path).document.querySelectorAll('.archive-list a')].map((link) => link.getAttribute('href'));
  expect(listed('memberships/index.html')).toEqual(
    newestInterviews()
      .filter(({ meta }) => meta.memberships.length > 0)
      .map(({ id }) => `/${id}/memberships/`),
  );
  expect(listed('timeline/index.html')).toEqual(
    newestInterviews()
      .filter(({ meta }) => meta.timeline.length > 0)
      .map(({ id }) => `/${id}/timeline/`),
  );
});

for (const { id: interviewId, meta } of withTable)
  describe(`the membership table of ${interviewId}`, () => {
    const { document } = builtPage(`${interviewId}/memberships/index.html`);
    const table = document.querySelector('table.matrix')!;
    const organisations = meta.memberships;
    const named = namedIn(interviewId);
    const { columns, rows } = membershipMatrix(actors, organisations, named);

    it('is a captioned table with column and row headers', () => {
      expect(table.querySelector('caption')!.textContent).toBe('Who belongs to what, by country');
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(columns.length + 1);
      expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(rows.length);
    });

    it('has the organisations interview.yaml lists as columns, with their notes, and every country the interview names as rows', () => {
      const heads = [...table.querySelectorAll('thead th a')].map((a) => a.getAttribute('href'));
      expect(heads).toEqual(organisations.map((id) => `/actors/${id}/`));
      const notes = [...table.querySelectorAll('thead th')]
        .slice(1)
        .map((th) => th.querySelector('.matrix-note')?.textContent);
      expect(notes).toEqual(organisations.map((id) => meta.membershipNotes[id] && ` (${meta.membershipNotes[id]})`));
      const countries = [...actors.values()].filter((actor) => actor.kind === 'country' && named.has(actor.id));
      expect(countries.length).toBeGreaterThan(0);
      expect([...table.querySelectorAll('tbody th a')].map((a) => a.textContent).sort()).toEqual(
        countries.map((country) => country.name).sort(),
      );
    });

    it('agrees with every membership in the actor data, cell by cell', () => {
      for (const row of table.querySelectorAll('tbody tr')) {
        const countryId = row.querySelector('th a')!.getAttribute('href')!.split('/')[2]!;
        const country = actors.get(countryId)!;
        [...row.querySelectorAll('td')].forEach((cell, column) => {
          const memberships = country.memberships.filter((membership) => membership.of === organisations[column]);
          expect(cell.querySelectorAll('.membership'), `${countryId} × ${organisations[column]}`).toHaveLength(
            memberships.length,
          );
          memberships.forEach((membership, index) => {
            const years = cell.querySelectorAll('.membership-years')[index]!.textContent!;
            expect(years).toContain(
              membership.to === undefined ? `since ${membership.from}` : `${membership.from}–${membership.to}`,
            );
            expect(years.includes('after the interview'), `${countryId} × ${organisations[column]}`).toBe(
              membership.from > Number(meta.date.slice(0, 4)),
            );
          });
        });
      }
    });

    it('notes the departures of every organisation', () => {
      const departures = [...table.querySelectorAll('tfoot tr:last-child td')].map((cell) => cell.textContent);
      columns.forEach((column, index) => {
        if (column.departures.length === 0) expect(departures[index]).toBe('none');
        for (const member of column.departures) expect(departures[index]).toContain(member.name);
      });
    });
  });

for (const { id: interviewId, meta } of withTimeline)
  describe(`the timeline of ${interviewId}`, () => {
    const { document } = builtPage(`${interviewId}/timeline/index.html`);
    const entries = [...document.querySelectorAll('.timeline-entry')];
    const named = namedIn(interviewId);
    const expectedEntries = timelineOf(actors, meta.timeline).filter((entry) => named.has(entry.actorId));

    it('lists the dated entries of the actors it names and of the organisations it follows, in order, up to the interview and after it', () => {
      const { before, after } = splitAtInterview(expectedEntries, meta.date);
      expect(before.length).toBeGreaterThan(0);
      const expected = [...before, ...after];
      expect(entries.map((entry) => entry.querySelector('.timeline-text')!.textContent)).toEqual(
        expected.map((entry) => entry.text),
      );
      expect(entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime'))).toEqual(
        expected.map((entry) => entry.date),
      );
      const afterSection = document.getElementById('timeline-after')!.closest('section')!;
      expect(afterSection.querySelectorAll('.timeline-entry')).toHaveLength(after.length);
    });

    it('links each entry to its actor’s page, and to the paragraph of this interview that first names it', () => {
      for (const entry of entries) {
        const links = [...entry.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
        expect(links[0]).toMatch(/^\/actors\/[a-z0-9-]+\/$/);
        expect(links[1]).toMatch(new RegExp(`^/${interviewId}/[a-z]+/#[a-z]+-\\d+$`));
      }
    });
  });
