import { describe, expect, it } from 'vitest';
import { formatAsOf, formatMonthYear } from './format-as-of';

describe('dates for readers', () => {
  it('writes a full date day first', () => expect(formatAsOf('2026-11-29')).toBe('29 November 2026'));
  it('writes a month and a year', () => expect(formatAsOf('1999-03')).toBe('March 1999'));
  it('writes a year alone', () => expect(formatAsOf('1947')).toBe('1947'));
  it('shortens to month and year for the margin', () => {
    expect(formatMonthYear('2026-11-29')).toBe('Nov 2026');
    expect(formatMonthYear('1947')).toBe('1947');
  });
});
