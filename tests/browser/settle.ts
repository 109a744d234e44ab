import type { Page } from '@playwright/test';
import { glossesReady } from './measure-glosses';

/**
 * Waits until the page has nothing left to do on its own: loaded, its fonts ready, its glosses
 * laid out in their mode, the frames after that painted, and the main thread idle.
 */
export async function settle(page: Page) {
  await page.waitForLoadState('load');
  if ((await page.locator('gloss-layout').count()) > 0) await glossesReady(page);
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames for the layout the glosses' placement follows and the paint after it.
    for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  });
}
