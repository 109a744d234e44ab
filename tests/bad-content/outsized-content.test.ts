import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstRenderBytes, weighPage } from '../build/budget/page-weight';
import { BUDGET } from '../build/budget/budget';
import { buildInIsolation } from './build-in-isolation';

const ROOT = process.cwd();
const MARKS = 5_000;
const ANSWER = 'content/interviews/china-russia-relations/04-future.mdx';

/** Bytes of every file under a folder. */
const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => statSync(join(dir, path)))
    .filter((info) => info.isFile())
    .reduce((sum, info) => sum + info.size, 0);

describe(`an answer with one paragraph of ${MARKS.toLocaleString('en')} actor marks`, () => {
  const fixture = mkdtempSync(join(tmpdir(), 'outsized-content-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
  const actors = readdirSync(join(ROOT, 'content/actors')).map((name) => name.replace(/\.yaml$/, ''));
  const paragraph = Array.from(
    { length: MARKS },
    // Words that differ from mark to mark, as a real text's do, so that no compressor folds them into one.
    (_, index) => `[name ${index}](actor:${actors[index % actors.length]})`,
  ).join(', ');
  mkdirSync(join(fixture, 'content/interviews/china-russia-relations'), { recursive: true });
  writeFileSync(join(fixture, ANSWER), `${readFileSync(join(ROOT, ANSWER), 'utf8')}\n${paragraph}.\n`);

  it(
    'costs the site a bounded amount a mention, and fails the byte budget before it reaches a reader',
    { timeout: 240_000 },
    async () => {
      let control = 0;
      await buildInIsolation(ROOT, join(fixture, 'nothing-laid-over'), {
        inspect: (project) => (control = sizeOf(join(project, 'dist'))),
      });
      let dist = 0;
      let readingPage = 0;
      const { status, output } = await buildInIsolation(ROOT, fixture, {
        inspect: (project) => {
          dist = sizeOf(join(project, 'dist'));
          readingPage = firstRenderBytes(weighPage(join(project, 'dist'), '/', 'china-russia-relations/index.html'));
        },
      });
      expect(status, output).toBe(0);
      // Each mention is quoted on its actor's page in at most a bounded stretch of its sentence, stands
      // once on the reading page and once on its answer's page, and is a record, with that stretch, in
      // its interview's mention tables, JSON and CSV (src/open-data/): under two kilobytes in all.
      expect((dist - control) / MARKS).toBeLessThan(2_000);
      expect(readingPage).toBeGreaterThan(BUDGET.firstRender);
    },
  );
});
