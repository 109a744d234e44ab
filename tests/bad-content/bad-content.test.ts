import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInIsolation, buildInProcess } from './build-in-isolation';

const ROOT = process.cwd();
const CORPUS = join(ROOT, 'tests', 'bad-content');

interface Expected {
  /** The mistake, as the test names it. */
  case: string;
  /** `file:line:column message`, as the build prints it. */
  error: string;
  hint: string;
  /** Files that the content would write if any of its code ran: none may exist after the build. */
  absent?: string[];
  /** Paths of the real project that the mistake is the absence of. */
  remove?: string[];
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, entry.name, 'expected.json'), 'utf8')) as Expected;
    return { folder: entry.name, ...expected };
  });

// One at a time: the builds run in this process (build-in-isolation.ts).
describe('a build of content with one mistake stops, saying where and what to do', () => {
  it('covers every mistake the corpus is for', () => {
    expect(cases.map((fixture) => fixture.case).sort()).toEqual(
      [
        'a duplicate answer slug',
        'a missing folder of actors',
        'a refused actor that others are members of',
        'a slug that takes an anchor of the page frame',
        'a slug that takes the anchor of an editors’ note',
        'two glosses whose generated ids collide',
        'a component',
        'a correction of an actor that does not exist',
        'a data: link',
        'a javascript: link',
        'a malformed actor mark',
        'a meta refresh that would redirect readers',
        'a script tag',
        'an expression that would print the environment',
        'an iframe',
        'an image with an event handler',
        'an import statement',
        'code that would write a file during the build',
        'a gloss over the length limit',
        'a membership that references a missing actor',
        'a missing question',
        'an MDX syntax error',
        'an alias claimed by two actors',
        'an empty answer',
        'an unknown actor id',
        'malformed YAML frontmatter',
      ].sort(),
    );
  });

  it.each(cases)('$case ($folder)', async ({ folder, error, hint, absent = [], remove = [] }) => {
    const built = await buildInProcess(ROOT, join(CORPUS, folder), { remove, lookFor: absent });
    expect(built.error?.message).toBe(`Bad content (1 problem):\n${error}\n  hint: ${hint}`);
    expect(built.existing, 'no code from content ran: nothing it would write exists').toEqual([]);
  });

  it('`astro build` prints the problem, with its file, line, column and hint, and exits with an error', async () => {
    const { folder, error, hint } = cases.find((fixture) => fixture.folder === 'unknown-actor')!;
    const { status, output } = await buildInIsolation(ROOT, join(CORPUS, folder));
    expect(status, output).not.toBe(0);
    expect(output).toContain(`Bad content (1 problem):\n${error}\n  hint: ${hint}\n`);
  });
});
