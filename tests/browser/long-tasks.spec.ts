import type { Page } from '@playwright/test';
import { expect, READING, recordProblems, test } from './fixtures';
import { settle } from './settle';

interface LongTasks {
  /** When the first contentful paint came, in ms from navigation. */
  firstContentfulPaint: number;
  /** Every task over 50 ms, in ms from navigation. */
  tasks: { start: number; duration: number }[];
  /** To explain a failure: each frame over 50 ms, with when it began rendering and the scripts it ran. */
  frames: { start: number; duration: number; renderStart: number; scripts: string[] }[];
}

/** Records, from before the page's first script, every long task and the first contentful paint. */
async function watchLongTasks(page: Page): Promise<() => Promise<LongTasks>> {
  await page.addInitScript(() => {
    const record: LongTasks = { firstContentfulPaint: Infinity, tasks: [], frames: [] };
    (window as unknown as { __longTasks: LongTasks }).__longTasks = record;
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries())
        record.tasks.push({ start: Math.round(startTime), duration: Math.round(duration) });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('first-contentful-paint'))
        record.firstContentfulPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as (PerformanceEntry & {
        renderStart: number;
        scripts: { invoker: string; duration: number }[];
      })[])
        record.frames.push({
          start: Math.round(frame.startTime),
          duration: Math.round(frame.duration),
          renderStart: Math.round(frame.renderStart),
          scripts: frame.scripts.map(({ invoker, duration }) => `${invoker} ${Math.round(duration)} ms`),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __longTasks: LongTasks }).__longTasks);
}

/**
 * The long tasks that start once the reader can see the page, as Total Blocking Time counts them.
 * Before that, the browser parses the page and lays out and paints it for the first time: that work
 * delays the first paint, which `npm run bench:lighthouse` reports (FCP, LCP), rather than a reader.
 */
function afterFirstPaint({ firstContentfulPaint, tasks }: LongTasks) {
  return tasks.filter(({ start }) => start >= firstContentfulPaint);
}

/**
 * Pages down to the end as a fast reader would, ten screens a second, each step Page Down's (nine
 * tenths of the viewport), so every passage and its glosses pass through the viewport.
 */
async function readToTheEnd(page: Page) {
  await page.evaluate(async () => {
    while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
      scrollBy(0, innerHeight * 0.9);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** Loads the reading page, lets it settle, reads it to the end, and returns the long tasks seen. */
async function loadAndRead(page: Page, width: number) {
  const longTasks = await watchLongTasks(page);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(READING);
  await settle(page);
  await readToTheEnd(page);
  await settle(page);
  const record = await longTasks();
  expect(record.firstContentfulPaint).toBeLessThan(Infinity);
  return record;
}

/**
 * Another process on this two-core machine can only lengthen a task, never shorten it, so the
 * page's own cost is its quietest run: of three, one must be clean. A page with a task over 50 ms
 * of its own fails all three.
 */
const RUNS = 3;

for (const width of [1440, 360]) {
  test(`at ${width} px, once it has painted, the reading page runs no task over 50 ms, loading or read to the end`, async ({
    context,
    problems,
    expectConsole,
  }) => {
    void expectConsole; // each run's page, like the fixture's, must log nothing and fetch nothing from elsewhere
    const runs: LongTasks[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await context.newPage();
      recordProblems(page, problems);
      const record = await loadAndRead(page, width);
      await page.close();
      runs.push(record);
      if (afterFirstPaint(record).length === 0) break;
    }
    const clean = runs.some((record) => afterFirstPaint(record).length === 0);
    expect(clean, JSON.stringify(runs)).toBe(true);
  });
}

test('the long-task watcher these tests use does see a long task: 120 ms of script after the first paint', async ({
  page,
}) => {
  const longTasks = await watchLongTasks(page);
  await page.goto(READING);
  await settle(page);
  // A task of the page's own: script that DevTools runs directly is not one.
  await page.evaluate(() =>
    setTimeout(() => {
      const end = performance.now() + 120;
      while (performance.now() < end);
    }),
  );
  await expect.poll(async () => afterFirstPaint(await longTasks()).some(({ duration }) => duration >= 120)).toBe(true);
});
