import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMonthYear } from './format-date';

describe('dates for readers', () => {
  it('writes a full date day first', () => expect(formatDate('2026-11-29')).toBe('29 November 2026'));
  it('writes a month and a year', () => expect(formatDate('1999-03')).toBe('March 1999'));
  it('writes a year alone', () => expect(formatDate('1947')).toBe('1947'));
  it('shortens to month and year for the margin', () => {
    expect(formatMonthYear('2026-11-29')).toBe('Nov 2026');
    expect(formatMonthYear('1947')).toBe('1947');
  });
  it('writes a range, and leaves an open one open', () => {
    expect(formatDateRange('1999-03-24', '1999-06-10')).toBe('24 March 1999 – 10 June 1999');
    expect(formatDateRange('2012-05-07', undefined, true)).toBe('7 May 2012 –');
    expect(formatDateRange('2022-03-02')).toBe('2 March 2022');
  });
});
