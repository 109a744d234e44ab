import { describe, expect, it } from 'vitest';
import { formatContentIssue } from './content-error';
import { answerBodyIssues } from './mdx-syntax';

const FILE = 'content/interviews/x/01-a.mdx';

describe('answerBodyIssues', () => {
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

  it('catches a less-than sign the text meant as a character', () => {
    const [issue] = answerBodyIssues('Trade grew by <3 per cent.', FILE, 6);
    expect(issue).toMatchObject({ line: 6, column: 16, hint: expect.stringContaining('&lt;') });
  });
});
