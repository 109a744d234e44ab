import type { Page } from '@playwright/test';
import { expect, READING, test } from './fixtures';

/**
 * The rows the header's parts sit on (the site's name, its sections and the search button): parts
 * whose boxes share a stretch of height are on one row.
 */
const headerRows = (page: Page) =>
  page.locator('.site-header').evaluate((header) => {
    const boxes = ['.site-name', 'nav', '.site-search-open']
      .map((selector) => header.querySelector(selector)!.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let rows = 1;
    let bottom = boxes[0]!.bottom;
    for (const box of boxes.slice(1)) {
      if (box.top >= bottom) rows += 1;
      bottom = Math.max(bottom, box.bottom);
    }
    return { rows, height: header.getBoundingClientRect().height };
  });

for (const width of [320, 390])
  test(`at ${width} px the header takes two rows at most: the site’s name and search, then its sections`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(READING);
    const { rows, height } = await headerRows(page);
    expect(rows).toBeLessThanOrEqual(2);
    expect(height).toBeLessThanOrEqual(110);
  });

test('on a wide screen the header is one row', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(READING);
  expect((await headerRows(page)).rows).toBe(1);
});

const shortcutHint = (page: Page) => page.locator('.site-search-open kbd');

test('the search button shows its / shortcut where there is a keyboard and a fine pointer', async ({ page }) => {
  await page.goto(READING);
  await expect(shortcutHint(page)).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the search button shows no shortcut hint', async ({ page }) => {
    await page.goto(READING);
    await expect(page.getByRole('button', { name: /^Search/ })).toBeVisible();
    await expect(shortcutHint(page)).toBeHidden();
  });
});
