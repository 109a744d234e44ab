import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/test-builds.mjs';
import { membersOf } from '../../src/actors/members';
import { DATASETS, type DatasetName } from '../../src/open-data/datasets';
import { builtPage, model } from './site';

/** A published table, as JSON and as CSV. */
function table(name: DatasetName, interviewId?: string) {
  const path = join(DIST, 'data', ...(interviewId ? [interviewId] : []), name);
  const json = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as {
    title: string;
    fields: { name: string }[];
    records: Record<string, unknown>[];
  };
  const csv = readFileSync(`${path}.csv`, 'utf8');
  return { json, csv };
}

/** The rows of a CSV file, cells unquoted (RFC 4180). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [[]];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = cell.exec(csv)) && match[0] !== '') {
    const [, raw = '', end] = match;
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n') rows.push([]);
  }
  return rows.filter((row) => row.length > 0);
}

/** A JSON value as its CSV cell. */
const asCell = (value: unknown) =>
  value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value as string | number | boolean);

function expectTableMatchesSchema(name: DatasetName, interviewId?: string) {
  const { json, csv } = table(name, interviewId);
  const columns = DATASETS[name].fields.map((field) => field.name);
  expect(json.title).toBe(DATASETS[name].title);
  expect(json.fields.map((field) => field.name)).toEqual(columns);
  for (const record of json.records) for (const key of Object.keys(record)) expect(columns).toContain(key);
  const [header, ...rows] = csvRows(csv);
  expect(header).toEqual(columns);
  expect(rows.map((row) => row.join('\u0000'))).toEqual(
    json.records.map((record) => columns.map((column) => asCell(record[column])).join('\u0000')),
  );
  return json.records;
}

describe('the published data', () => {
  it('gives every actor, by id, with its page, in JSON and CSV alike', () => {
    const records = expectTableMatchesSchema('actors');
    expect(records.map((record) => record['id'])).toEqual([...model.registry.actors.keys()].sort());
    for (const record of records) {
      const actor = model.registry.actors.get(record['id'] as string)!;
      expect(record).toMatchObject({ name: actor.name, kind: actor.kind, asOf: actor.asOf });
      expect(record['url']).toMatch(new RegExp(`/actors/${actor.id}/$`));
      expect(record['wikidata']).toBe(actor.wikidata);
    }
  });

  it('gives every member of every organisation, as its page lists them', () => {
    const records = expectTableMatchesSchema('memberships');
    const organisations = [...model.registry.actors.values()].filter((actor) => actor.kind === 'organisation');
    for (const organisation of organisations) {
      const listed = records
        .filter((record) => record['organisation'] === organisation.id)
        .map((record) => record['member']);
      expect(listed, organisation.id).toEqual(
        membersOf(organisation.id, model.registry.actors).map((member) => member.name),
      );
    }
  });

  for (const { id, meta } of model.interviews) {
    it(`gives the mentions of ${id}, as many as its actors’ pages count, each at a paragraph of its answer`, () => {
      const records = expectTableMatchesSchema('mentions', id);
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const url = new URL(record['url'] as string);
        const page = builtPage(`${url.pathname.slice(1)}index.html`).document;
        expect(page.getElementById(url.hash.slice(1))?.textContent, url.href).toContain(record['words'] as string);
      }
    });

    if (meta.timeline.length > 0)
      it(`gives the timeline of ${id}, entry by entry as its page shows it`, () => {
        const records = expectTableMatchesSchema('timeline', id);
        const page = builtPage(`${id}/timeline/index.html`).document;
        const shown = [...page.querySelectorAll('.timeline-entry')].length;
        expect(records).toHaveLength(shown);
        expect(records.filter((record) => record['afterInterview']).length).toBe(
          page.querySelectorAll('section[aria-labelledby="timeline-after"] .timeline-entry').length,
        );
      });
  }

  it('is documented in the README, every field of every table in order', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, dataset] of Object.entries(DATASETS)) {
      // The Data section's table, of three columns: file, record, fields.
      const row = readme
        .split('\n')
        .find((line) => line.split('|').length === 5 && line.startsWith(`| \`/data/`) && line.includes(`${name}.json`));
      const listed = [...(row?.split('|')[3] ?? '').matchAll(/`([^`]+)`/g)].map(([, field]) => field);
      expect(listed, name).toEqual(dataset.fields.map((field) => field.name));
    }
  });

  it('is documented on /data/, every field of every table, and linked from the pages it feeds', () => {
    const page = builtPage('data/index.html').document;
    for (const [name, dataset] of Object.entries(DATASETS)) {
      const fields = [...page.querySelectorAll(`section[aria-labelledby="data-${name}"] tbody th`)].map(
        (th) => th.textContent,
      );
      expect(fields, name).toEqual(dataset.fields.map((field) => field.name));
    }
    expect(builtPage('actors/index.html').document.querySelector('a[href="/data/actors.csv"]')).not.toBeNull();
    for (const { id, meta } of model.interviews) {
      const reading = builtPage(`${id}/index.html`).document;
      expect(reading.querySelector(`a[href="/data/${id}/text.txt"]`), id).not.toBeNull();
      if (meta.timeline.length > 0)
        expect(
          builtPage(`${id}/timeline/index.html`).document.querySelector(`a[href="/data/${id}/timeline.csv"]`),
        ).not.toBeNull();
      if (meta.memberships.length > 0)
        expect(
          builtPage(`${id}/memberships/index.html`).document.querySelector('a[href="/data/memberships.csv"]'),
        ).not.toBeNull();
    }
  });
});
