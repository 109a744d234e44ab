import type { Page } from '@playwright/test';
import { expect, READING, test } from './fixtures';
import { settle } from './settle';

interface Shift {
  value: number;
  /** The elements that moved, as `tag#id.class`. */
  sources: string[];
}

/** Records, from before the page's first script, every layout shift not caused by the reader. */
async function watchLayoutShifts(page: Page): Promise<() => Promise<Shift[]>> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element
            ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className}`
            : String(node?.nodeName),
        );
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

for (const width of [1440, 360]) {
  test(`at ${width} px, nothing on the reading page shifts, on load or once the glosses are laid out (CLS 0.000)`, async ({
    page,
  }) => {
    const shifts = await watchLayoutShifts(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    await settle(page);
    // CLS as Chrome and Lighthouse report it, to three decimals. A sub-pixel nudge of the header
    // (about 0.0007, seen once in CI) rounds to 0; anything a reader could see does not.
    const found = await shifts();
    const cls = found.reduce((sum, { value }) => sum + value, 0);
    expect(Number(cls.toFixed(3)), JSON.stringify(found)).toBe(0);
  });
}

test('the shift watcher these tests use does see a shift: a banner pushed in above the text', async ({ page }) => {
  const shifts = await watchLayoutShifts(page);
  await page.goto(READING);
  await settle(page);
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.blockSize = '200px';
    document.querySelector('main')!.prepend(banner);
  });
  await expect.poll(async () => (await shifts()).length).toBeGreaterThan(0);
});
