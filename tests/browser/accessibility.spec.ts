import { loadAxe, violations } from './axe';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { searchDialog, searchFor } from './search';

// Every page, in both builds, at both widths and in both schemes: axe-every-page.spec.ts. Here, the
// states a page load does not reach.

test('axe finds nothing wrong on a phone with a gloss open', async ({ page }) => {
  await loadAxe(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(READING);
  await page.locator('#mention-history-sco').click();
  expect(await violations(page)).toEqual([]);
});

for (const width of [360, 1440]) {
  test(`axe finds nothing wrong with search open on results at ${width} px, in light and dark mode`, async ({
    page,
  }) => {
    await loadAxe(page);
    await page.setViewportSize({ width, height: 900 });
    await searchFor(page, 'Russia');
    await searchDialog(page).locator('pagefind-filter-pane summary').first().click();
    // The scheme switches in place, as it does when a reader's system changes it.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect.soft(await violations(page), `${colorScheme} mode`).toEqual([]);
    }
  });
}

test('axe finds nothing wrong with an answer reached from search, its match highlighted', async ({ page }) => {
  await loadAxe(page);
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=Kazakhstan`);
  await expect(page.locator('mark.pagefind-highlight')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the skip link is the first stop for the keyboard and moves focus to the interview', async ({ page }) => {
  await page.goto(READING);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
