import { describe, expect, it } from 'vitest';
import { ContentError, formatContentIssue, throwIfIssues } from './content-error';

describe('content errors', () => {
  const issue = {
    file: 'content/actors/sco.yaml',
    line: 3,
    column: 7,
    message: "unknown field 'glos'",
    hint: "did you mean 'gloss'?",
  };

  it('names the file, line and column, then the hint', () => {
    expect(formatContentIssue(issue)).toBe(
      "content/actors/sco.yaml:3:7 unknown field 'glos'\n  hint: did you mean 'gloss'?",
    );
  });

  it('lists every problem in one error', () => {
    const error = new ContentError([issue, { ...issue, line: 9 }]);
    expect(error.message).toMatch(/^Bad content \(2 problems\):\n/);
    expect(error.message).toContain('sco.yaml:3:7');
    expect(error.message).toContain('sco.yaml:9:7');
  });

  it('is located at its first problem, as Astro reads an error’s place, not at the code that threw', () => {
    expect(new ContentError([issue, { ...issue, line: 9 }]).loc).toEqual({
      file: 'content/actors/sco.yaml',
      line: 3,
      column: 7,
    });
  });

  it('throws only when there is something to report', () => {
    expect(() => throwIfIssues([])).not.toThrow();
    expect(() => throwIfIssues([issue])).toThrow(ContentError);
  });
});
