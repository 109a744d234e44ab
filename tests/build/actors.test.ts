import { describe, expect, it } from 'vitest';
import { membershipMatrix, MATRIX_ORGANISATIONS } from '../../src/actors/membership-matrix';
import { membersOf } from '../../src/actors/members';
import { splitAtInterview, timelineOf } from '../../src/actors/timeline';
import { answerSource, builtPage, model } from './site';

const actors = model.registry.actors;
const answers = model.interviews.flatMap((interview) =>
  interview.answers.map((answer) => ({ interview: interview.id, ...answer })),
);
const actorPage = (id: string) => builtPage(`actors/${id}/index.html`).document;
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

  it('says how many times the interview mentions each actor: the mentions its page lists', () => {
    for (const actor of actors.values()) {
      const count = actorPage(actor.id).querySelectorAll('.mention-list li').length;
      const text = document.querySelector(`#actor-${actor.id} .mention-count`)!.textContent!;
      expect(text, actor.id).toBe(count === 1 ? 'One mention in the interview' : `${count} mentions in the interview`);
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
      const sources = [...page.querySelectorAll('.actor-facts a[href^="https://"]')].map((a) => a.getAttribute('href'));
      expect(sources, actor.id).toEqual(actor.sources.map((source) => source.url));
    }
  });

  it('lists every marked mention of the actor, in reading order', () => {
    for (const actor of actors.values()) {
      const items = [...actorPage(actor.id).querySelectorAll('.mention-list li')];
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
      for (const item of actorPage(actor.id).querySelectorAll('.mention-list li')) {
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
    const listed = (id: string) => actorPage(id).querySelectorAll('.mention-list li').length;
    expect(listed('china')).toBe(count(/(?<![\p{L}\p{N}])(China|Beijing)(?![\p{L}\p{N}])/gu));
    expect(listed('russia')).toBe(count(/(?<![\p{L}\p{N}])(Russia|Moscow)(?![\p{L}\p{N}])/gu));
    expect(listed('china')).toBeGreaterThan(30);
  });

  it('quotes each mention in its sentence and links it to its paragraph', () => {
    for (const actor of actors.values()) {
      for (const item of actorPage(actor.id).querySelectorAll('.mention-list li')) {
        const href = item.querySelector('a')!.getAttribute('href')!;
        const [path, paragraphId] = href.split('#');
        expect(path).toMatch(/^\/china-russia-relations\/[a-z]+\/$/);
        const paragraph = builtPage(`${path!.slice(1)}index.html`).document.getElementById(paragraphId!);
        expect(paragraph?.textContent, href).toContain(item.querySelector('blockquote')!.textContent!.trim());
      }
    }
  });

  it('lists an organisation’s members with the year each joined, from the actor data', () => {
    for (const id of MATRIX_ORGANISATIONS) {
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

describe('the membership table', () => {
  const { document } = builtPage('memberships/index.html');
  const table = document.querySelector('table.matrix')!;
  const { columns, rows } = membershipMatrix(actors);

  it('is a captioned table with column and row headers', () => {
    expect(table.querySelector('caption')!.textContent).toBe('Who belongs to what, by country');
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(columns.length + 1);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(rows.length);
  });

  it('has the organisations the interview names as columns and every country it names as rows', () => {
    const heads = [...table.querySelectorAll('thead th a')].map((a) => a.getAttribute('href'));
    expect(heads).toEqual(MATRIX_ORGANISATIONS.map((id) => `/actors/${id}/`));
    const countries = [...actors.values()].filter((actor) => actor.kind === 'country');
    expect([...table.querySelectorAll('tbody th a')].map((a) => a.textContent).sort()).toEqual(
      countries.map((country) => country.name).sort(),
    );
  });

  it('agrees with every membership in the actor data, cell by cell', () => {
    for (const row of table.querySelectorAll('tbody tr')) {
      const countryId = row.querySelector('th a')!.getAttribute('href')!.split('/')[2]!;
      const country = actors.get(countryId)!;
      [...row.querySelectorAll('td')].forEach((cell, column) => {
        const memberships = country.memberships.filter((membership) => membership.of === MATRIX_ORGANISATIONS[column]);
        expect(cell.querySelectorAll('.membership'), `${countryId} × ${MATRIX_ORGANISATIONS[column]}`).toHaveLength(
          memberships.length,
        );
        memberships.forEach((membership, index) => {
          const years = cell.querySelectorAll('.membership-years')[index]!.textContent!;
          expect(years).toContain(
            membership.to === undefined ? `since ${membership.from}` : `${membership.from}–${membership.to}`,
          );
        });
      });
    }
  });

  it('notes the departures of every organisation, the Baltic states leaving 16+1 among them', () => {
    const departures = [...table.querySelectorAll('tfoot tr:last-child td')].map((cell) => cell.textContent);
    expect(departures[MATRIX_ORGANISATIONS.indexOf('china-ceec')]).toBe('Lithuania (2021); Estonia and Latvia (2022)');
    columns.forEach((column, index) => {
      for (const member of column.departures) expect(departures[index]).toContain(member.name);
    });
  });
});

describe('the timeline', () => {
  const { document } = builtPage('timeline/index.html');
  const entries = [...document.querySelectorAll('.timeline-entry')];

  it('lists every dated entry of the actor data, in order, up to the interview and after it', () => {
    const { before, after } = splitAtInterview(timelineOf(actors), model.interviews[0]!.meta.date);
    const expected = [...before, ...after];
    expect(entries.map((entry) => entry.querySelector('.timeline-text')!.textContent)).toEqual(
      expected.map((entry) => entry.text),
    );
    expect(entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime'))).toEqual(
      expected.map((entry) => entry.date),
    );
  });

  it('runs from the Cold War through 1979, 1999, 2001 and 2003 to February and March 2022, and what came after', () => {
    // The page shows exactly these entries (above); an entry covers a date within its start and end.
    const spans = timelineOf(actors).map((entry) => [entry.date, entry.end ?? entry.date] as const);
    for (const when of ['1947', '1979', '1999', '2001', '2003', '2022-02', '2022-03', '2023', '2024']) {
      const covered = spans.some(
        ([start, end]) => start.slice(0, when.length) <= when && end.slice(0, when.length) >= when,
      );
      expect(covered, when).toBe(true);
    }
    const after = document.getElementById('timeline-after')!.closest('section')!.textContent!;
    expect(after).toContain('Iran joins');
    expect(after).toContain('Estonia and Latvia leave');
    expect(after).toContain('Finland joins');
  });

  it('links each entry to its actor’s page, and to the answer that mentions it', () => {
    for (const entry of entries) {
      const links = [...entry.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(links[0]).toMatch(/^\/actors\/[a-z0-9-]+\/$/);
      const actor = links[0]!.split('/')[2]!;
      if (marks.some((mark) => mark.actor === actor))
        expect(links[1]).toMatch(/^\/china-russia-relations\/[a-z]+\/#[a-z]+-\d+$/);
    }
  });
});
