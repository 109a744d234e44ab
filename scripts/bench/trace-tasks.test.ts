import { describe, expect, it } from 'vitest';
import { longestTaskBeforePaint } from './trace-tasks.mjs';

const event = (name: string, ts: number, extra: Record<string, unknown> = {}) => ({
  name,
  ph: 'X',
  ts,
  pid: 1,
  tid: 10,
  ...extra,
});

describe('longestTaskBeforePaint', () => {
  it('finds the longest task on the painting thread between the navigation and the first paint', () => {
    const events = [
      event('navigationStart', 0, { ph: 'R', args: { data: { navigationId: 'page' } } }),
      event('RunTask', 1_000, { dur: 30_000 }),
      event('RunTask', 40_000, { dur: 120_000 }),
      // Another thread's task, and one after the paint, do not count.
      event('RunTask', 50_000, { dur: 500_000, tid: 11 }),
      event('firstContentfulPaint', 200_000, { ph: 'R', args: { data: { navigationId: 'page' } } }),
      event('RunTask', 210_000, { dur: 900_000 }),
    ];
    expect(longestTaskBeforePaint(events)).toEqual({ longestTaskMs: 120, firstContentfulPaintMs: 200 });
  });

  it('measures from the navigation the paint belongs to, not an earlier one such as about:blank', () => {
    const events = [
      event('navigationStart', 0, { ph: 'R', args: { data: { navigationId: 'blank' } } }),
      event('RunTask', 10_000, { dur: 400_000 }),
      event('navigationStart', 500_000, { ph: 'R', args: { data: { navigationId: 'page' } } }),
      event('RunTask', 510_000, { dur: 20_000 }),
      event('firstContentfulPaint', 600_000, { ph: 'R', args: { data: { navigationId: 'page' } } }),
    ];
    expect(longestTaskBeforePaint(events)).toEqual({ longestTaskMs: 20, firstContentfulPaintMs: 100 });
  });

  it('says so when the trace has no paint', () => {
    expect(() => longestTaskBeforePaint([event('navigationStart', 0)])).toThrow(/no first contentful paint/);
  });
});
