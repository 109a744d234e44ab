import { describe, expect, it } from 'vitest';
import { answerMdx, contentFixture, interviewYaml } from '../test-support/content-fixture';
import { formatContentIssue } from '../content-model/content-error';
import { readInterviews } from '../interviews/read-interviews';
import { readNotes } from './read-notes';

const noteYaml = (fields: Record<string, string> = {}) =>
  Object.entries({
    answer: 'talk/war',
    kind: 'correction',
    quote: '"the States of the States"',
    note: '"A slip for the United States."',
    asOf: '"2026-11-29"',
    sources: '\n  - title: "Iraq War"\n    url: https://en.wikipedia.org/wiki/Iraq_War',
    ...fields,
  })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');

function read(notes: Record<string, string>) {
  const root = contentFixture({
    'content/interviews/talk/interview.yaml': interviewYaml,
    'content/interviews/talk/01-war.mdx': answerMdx('question: "War?"\norder: 1\nslug: war'),
    ...Object.fromEntries(Object.entries(notes).map(([name, text]) => [`content/notes/${name}`, text])),
  });
  const { interviews } = readInterviews(root, 'content/interviews');
  return readNotes(root, 'content/notes', interviews);
}

describe('reading editors’ notes', () => {
  it('reads a note with its id, its file and where its quote is written', () => {
    const { notes, issues } = read({ 'states-slip.yaml': noteYaml() });
    expect(issues).toEqual([]);
    expect(notes).toEqual([
      expect.objectContaining({
        id: 'states-slip',
        file: 'content/notes/states-slip.yaml',
        answer: 'talk/war',
        quote: 'the States of the States',
        quoteAt: { line: 3, column: 8 },
      }),
    ]);
  });

  it('refuses a note on an answer that does not exist, suggesting the one meant', () => {
    const { issues } = read({ 'states-slip.yaml': noteYaml({ answer: 'talk/wars' }) });
    expect(issues.map(formatContentIssue)).toEqual([
      "content/notes/states-slip.yaml:1:9 note on unknown answer 'talk/wars'\n  hint: did you mean 'talk/war'?",
    ]);
  });

  it('says nothing of a note on a missing answer while some answer cannot be read, which may be that one', () => {
    const root = contentFixture({
      'content/interviews/talk/interview.yaml': interviewYaml,
      'content/interviews/talk/01-war.mdx': answerMdx('order: 1\nslug: war'),
      'content/notes/states-slip.yaml': noteYaml(),
    });
    const { interviews, issues: answerIssues } = readInterviews(root, 'content/interviews');
    expect(answerIssues.map(formatContentIssue)[0]).toContain("missing field 'question'");
    expect(readNotes(root, 'content/notes', interviews, { answersComplete: false }).issues).toEqual([]);
    expect(readNotes(root, 'content/notes', interviews).issues).toHaveLength(1);
  });

  it('refuses a note without a source', () => {
    const { issues } = read({ 'states-slip.yaml': noteYaml({ sources: '[]' }) });
    expect(issues.map(formatContentIssue)[0]).toContain('give at least one source');
  });

  it('refuses a file that is not a note rather than ignoring it', () => {
    const { issues } = read({ 'Notes.yml': noteYaml() });
    expect(issues.map(formatContentIssue)[0]).toMatch(/^content\/notes\/Notes.yml:1:1 not a note file\n {2}hint: /);
  });
});
