import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentModel } from '../src/content-model/load-content-model';
import { importInterview } from '../src/interviews/import/import-interview';

const ROOT = process.cwd();
const SEED = 'content/interviews/china-russia-relations/source.txt';
const project = mkdtempSync(join(tmpdir(), 'import-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** An answer's words: its MDX body with the actor marks taken off and Markdown's escapes undone. */
const wordsOf = (root: string, file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\[([^\]]*)\]\(actor:[a-z0-9-]+\)/g, '$1')
    .replace(/\\([\\*_`[\]#>+.)-])/g, '$1')
    .trim()
    .split(/\n{2,}/);

describe('importing the seed’s plain text', () => {
  const result = importInterview(project, join(ROOT, SEED), { id: 'imported', date: '2022-03', today: '2026-12-03' });
  const edition = loadContentModel(project);
  const committed = edition.interviews.find(({ id }) => id === 'china-russia-relations')!;
  const imported = edition.interviews.find(({ id }) => id === 'imported')!;

  it('writes an interview the edition accepts, with the committed title and credit', () => {
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(imported.meta).toMatchObject({
      title: committed.meta.title,
      credit: committed.meta.credit,
      date: '2022-03',
    });
  });

  it('gets the committed interview’s questions and words exactly, marks aside', () => {
    expect(imported.answers.map(({ frontmatter }) => frontmatter.question)).toEqual(
      committed.answers.map(({ frontmatter }) => frontmatter.question),
    );
    expect(imported.answers.map(({ file }) => wordsOf(project, file))).toEqual(
      committed.answers.map(({ file }) => wordsOf(ROOT, file)),
    );
  });

  it('marks the first mention of each actor in each answer, once', () => {
    for (const answer of imported.answers) {
      const actors = answer.marks.map(({ actor }) => actor);
      expect(actors.length, answer.file).toBeGreaterThan(0);
      expect(new Set(actors).size, answer.file).toBe(actors.length);
    }
  });

  it('says what it left out after the credit line', () => {
    expect(result.ok && result.leftOut).toEqual([`${join(ROOT, SEED)}:33 Leave a Comment`]);
  });
});

describe('importing a file it cannot split', () => {
  it('refuses, saying where and why, and writes nothing', () => {
    const file = join(project, 'broken.txt');
    writeFileSync(file, 'A title\n\nAn answer with no question.\n\nWhy?\n\nBecause {of} this.\n');
    const result = importInterview(project, file, { date: '2022' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'broken.txt:7 no credit line\n  hint: end the interview with its credit line, such as "Interview with …", on a paragraph of its own',
        "broken.txt:7 '{' at column 9, which an answer cannot hold: MDX reads it as code\n  hint: rewrite the passage by hand in the MDX file once it is imported, or ask for the character to be supported",
        "broken.txt:7 '}' at column 12, which an answer cannot hold: MDX reads it as code\n  hint: rewrite the passage by hand in the MDX file once it is imported, or ask for the character to be supported",
      ],
    });
    expect(loadContentModel(project).interviews.map(({ id }) => id)).not.toContain('a-title');
  });

  it('refuses a file without a date, since plain text does not say when', () => {
    const result = importInterview(project, join(ROOT, SEED), { id: 'undated' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/no date\n {2}hint: .*--date/);
  });
});
