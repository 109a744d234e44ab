import { describe, expect, it } from 'vitest';
import { formatContentIssue } from '../content-model/content-error';
import { readAnswerBody } from './answer-body';

const answerBodyIssues = (body: string, file: string, firstLine: number) =>
  readAnswerBody(body, file, firstLine).issues;

const FILE = 'content/interviews/x/01-a.mdx';

describe('reading an answer body', () => {
  it('passes an answer of Markdown, actor links and typography', () => {
    expect(answerBodyIssues('The [SCO](actor:sco) — “16 + 1” — grew.\n\nA second paragraph.', FILE, 6)).toEqual([]);
  });

  it('points at an unclosed tag on its line in the file, with a hint', () => {
    const [issue] = answerBodyIssues('First.\n\nDuring the <span>[Cold War](actor:cold-war), strained.', FILE, 6);
    expect(formatContentIssue(issue!)).toBe(
      `${FILE}:8:12 MDX syntax: Expected a closing tag for \`<span>\` before the end of \`paragraph\`\n` +
        '  hint: MDX reads “<” as the start of a tag: close the tag, or write &lt; where the text means the character',
    );
  });

  it('points at an unclosed brace, with a hint', () => {
    const [issue] = answerBodyIssues('A {b c', FILE, 6);
    expect(issue).toMatchObject({ line: 6, column: 7, hint: expect.stringContaining('MDX reads “{”') });
  });

  it('gives the paragraphs and the actor marks, at their lines in the file', () => {
    expect(readAnswerBody('The [SCO](actor:sco) grew.\n\nThen *[NATO](actor:nato)*.', FILE, 6)).toEqual({
      issues: [],
      paragraphs: 2,
      marks: [
        { actor: 'sco', line: 6, column: 5 },
        { actor: 'nato', line: 8, column: 7 },
      ],
    });
  });

  it('catches a less-than sign the text meant as a character', () => {
    const [issue] = answerBodyIssues('Trade grew by <3 per cent.', FILE, 6);
    expect(issue).toMatchObject({ line: 6, column: 16, hint: expect.stringContaining('&lt;') });
  });
});
