import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** A valid actor file, with the fields a test overrides; an empty string leaves a field out. */
export const actorYaml = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    name: '"Shanghai Cooperation Organisation"',
    kind: 'organisation',
    aliases: '["SCO"]',
    gloss: '"Founded in 2001."',
    note: '"A longer note."',
    asOf: '"2026-11-29"',
    sources: '\n  - title: "SCO"\n    url: https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');
};

export const answerMdx = (frontmatter: string, body = 'An answer.') => `---\n${frontmatter}\n---\n\n${body}\n`;

export const interviewYaml = [
  'title: "A title"',
  'credit: "Interview with Someone"',
  'description: "One sentence."',
  'date: "2022-03"',
  'sourceNote: "How the text was prepared."',
  '',
].join('\n');

/** Writes files under a fresh temporary project root, removed after the test. */
export function contentFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
