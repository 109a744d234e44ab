// Reads a Chromium trace (Playwright's browser.startTracing) for what the main thread did before
// the page first painted: the long task a reader waits through before seeing anything.

/**
 * The longest task on the page's main thread from the navigation to its first contentful paint,
 * and when that paint came, in milliseconds from the navigation's start. Times in a trace are in
 * microseconds; tasks are `RunTask` events on the thread that painted. Trace the categories
 * `devtools.timeline`, `disabled-by-default-devtools.timeline`, `loading` and `blink.user_timing`.
 * @param {{ name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { navigationId?: string } } }[]} events
 * @returns {{ longestTaskMs: number; firstContentfulPaintMs: number }}
 */
export function longestTaskBeforePaint(events) {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) throw new Error('the trace has no first contentful paint');
  const onPaintThread = (event) => event.pid === paint.pid && event.tid === paint.tid;
  // The navigation that paint belongs to: Chromium gives both its id (about:blank has another).
  const navigation = paint.args?.data?.navigationId;
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.navigationId === navigation,
  )?.ts;
  if (start === undefined) throw new Error('the trace has no navigation for its first paint');
  const tasks = events.filter(
    (event) =>
      event.name === 'RunTask' && event.ph === 'X' && onPaintThread(event) && event.ts >= start && event.ts < paint.ts,
  );
  return {
    longestTaskMs: Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000)),
    firstContentfulPaintMs: (paint.ts - start) / 1000,
  };
}
