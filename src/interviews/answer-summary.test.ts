import { describe, expect, it } from 'vitest';
import { answerSummary } from './answer-summary';

describe('answer summary', () => {
  it('keeps the words of actor marks and links and drops their targets', () => {
    expect(answerSummary('Both joined the [SCO](actor:sco) in 2001.')).toBe('Both joined the SCO in 2001.');
    expect(answerSummary('See [the text](https://example.org/a).')).toBe('See the text.');
  });

  it('cuts a long answer at a word boundary with an ellipsis', () => {
    const summary = answerSummary('word '.repeat(100), 30);
    expect(summary.length).toBeLessThanOrEqual(30);
    expect(summary).toMatch(/word…$/);
  });

  it('folds paragraphs into one line', () => {
    expect(answerSummary('One.\n\nTwo.')).toBe('One. Two.');
  });
});
