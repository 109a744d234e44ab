import { describe, expect, it } from 'vitest';
import { newestFirst } from './newest-first';

describe('the order of the edition', () => {
  it('puts the newest interview first, whatever the precision of the dates, and breaks ties by folder name', () => {
    const interviews = [
      { id: 'b-talk', date: '2022-03' },
      { id: 'old', date: '1999' },
      { id: 'a-talk', date: '2022-03' },
      { id: 'new', date: '2024-01-15' },
      { id: 'later-that-month', date: '2022-03-20' },
    ];
    expect(interviews.toSorted(newestFirst).map(({ id }) => id)).toEqual([
      'new',
      'later-that-month',
      'a-talk',
      'b-talk',
      'old',
    ]);
  });
});
