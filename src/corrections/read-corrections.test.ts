import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture';
import { formatContentIssue } from '../content-model/content-error';
import { readCorrections } from './read-corrections';

const correctionYaml = (fields: Record<string, string | undefined> = {}) =>
  Object.entries({
    date: '"2026-12-05"',
    gloss: 'china',
    change: '"The gloss says what “Beijing” stands for in each answer."',
    reason: '"In one answer “Beijing” is the city."',
    ...fields,
  })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');

const KNOWN = { gloss: ['china', 'russia'], note: ['sco-enlargement'], text: ['talk/war'] };

function read(files: Record<string, string>, known: typeof KNOWN | 'unknown' = KNOWN) {
  const root = contentFixture(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/corrections/${name}`, text])),
  );
  return readCorrections(root, 'content/corrections', known === 'unknown' ? undefined : known);
}

describe('reading corrections', () => {
  it('reads a correction with its id, its file and where it names its subject', () => {
    const { corrections, issues } = read({ 'china-beijing.yaml': correctionYaml() });
    expect(issues).toEqual([]);
    expect(corrections).toEqual([
      expect.objectContaining({
        id: 'china-beijing',
        file: 'content/corrections/china-beijing.yaml',
        date: '2026-12-05',
        gloss: 'china',
        subjectAt: { line: 2, column: 8 },
      }),
    ]);
  });

  it('accepts an unquoted day, which YAML reads as a date', () => {
    const { corrections } = read({ 'a.yaml': correctionYaml({ date: '2026-12-05' }) });
    expect(corrections[0]?.date).toBe('2026-12-05');
  });

  it('refuses a correction of an actor that does not exist, suggesting the one meant', () => {
    const { issues } = read({ 'a.yaml': correctionYaml({ gloss: 'chin' }) });
    expect(issues.map(formatContentIssue)).toEqual([
      "content/corrections/a.yaml:2:8 correction of unknown actor 'chin'\n  hint: did you mean 'china'?",
    ]);
  });

  it('refuses a correction that names no subject, or two', () => {
    const none = read({ 'a.yaml': correctionYaml({ gloss: undefined }) });
    expect(none.issues.map(formatContentIssue)).toEqual([
      expect.stringContaining('name exactly one of gloss, note or text'),
    ]);
    const two = read({ 'a.yaml': correctionYaml({ note: 'sco-enlargement' }) });
    expect(two.issues).toHaveLength(1);
  });

  it('refuses a month without a day, an unknown field and a missing reason', () => {
    expect(read({ 'a.yaml': correctionYaml({ date: '"2026-12"' }) }).issues.map(formatContentIssue)).toEqual([
      expect.stringMatching(/^content\/corrections\/a\.yaml:1:7 .*\n {2}hint: .*/),
    ]);
    expect(read({ 'a.yaml': correctionYaml({ resaon: '"x"' }) }).issues.map(formatContentIssue)).toEqual([
      expect.stringMatching(/unknown field 'resaon'\n {2}hint: did you mean 'reason'\?/),
    ]);
    expect(read({ 'a.yaml': correctionYaml({ reason: undefined }) }).issues.map(formatContentIssue)).toEqual([
      expect.stringMatching(/missing field 'reason'/),
    ]);
  });

  it('checks the subject of a note and of a text against what exists', () => {
    expect(read({ 'a.yaml': correctionYaml({ gloss: undefined, note: 'sco-enlargment' }) }).issues).toHaveLength(1);
    expect(read({ 'a.yaml': correctionYaml({ gloss: undefined, text: 'talk/war' }) }).issues).toEqual([]);
  });

  it('leaves subjects unchecked while other content could not be read', () => {
    expect(read({ 'a.yaml': correctionYaml({ gloss: 'chin' }) }, 'unknown').issues).toEqual([]);
  });

  it('refuses a file that is not <id>.yaml', () => {
    expect(read({ 'Bad Name.yaml': correctionYaml() }).issues.map(formatContentIssue)).toEqual([
      expect.stringContaining('not a correction file'),
    ]);
  });
});
