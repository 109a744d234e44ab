import type { Page } from '@playwright/test';

/** Waits for the load, the fonts and the glosses' layout, then a quiet half second for anything later. */
export async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames for the layout the gloss alignment follows and the paint after it.
    for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
}
