import { describe, expect, it } from 'vitest';
import { quoteFragment } from './quote-fragment';

describe('quoteFragment', () => {
  it('is the paragraph’s anchor and the words, percent-encoded', () => {
    expect(quoteFragment('war-2', 'more isolated than ever')).toBe('war-2:~:text=more%20isolated%20than%20ever');
  });

  it('escapes what text fragments read as syntax: hyphens, commas and ampersands', () => {
    expect(quoteFragment('history-1', 'Sino-Russian ties, trade & energy')).toBe(
      'history-1:~:text=Sino%2DRussian%20ties%2C%20trade%20%26%20energy',
    );
  });

  it('keeps curly quotes and dashes as the text has them, and folds runs of white space', () => {
    expect(quoteFragment('a-1', '  the “16 + 1\n dialogue” — ')).toBe(
      `a-1:~:text=${encodeURIComponent('the “16 + 1 dialogue” —')}`,
    );
  });

  it('gives a long quote by its first and last four words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve '.repeat(3).trim();
    expect(quoteFragment('a-1', quote)).toBe('a-1:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });
});
