import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, INTERVIEW, test } from './fixtures';
import { searchDialog, searchFor } from './search';

/** WCAG 2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const PAGES = [
  { name: 'the full interview', path: '/' },
  { name: 'an answer’s page', path: `/${INTERVIEW}/war/` },
  { name: 'the 404 page', path: '/404.html' },
  { name: 'the who’s who', path: '/actors/' },
  { name: 'an organisation’s page', path: '/actors/sco/' },
  { name: 'a country’s page', path: '/actors/kazakhstan/' },
  { name: 'the membership table', path: '/memberships/' },
  { name: 'the timeline', path: '/timeline/' },
];

for (const { name, path } of PAGES) {
  for (const width of [360, 1440]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing wrong with ${name} at ${width} px in ${colorScheme} mode`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

test('axe finds nothing wrong on a phone with a gloss open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.locator('#mention-history-sco').click();
  expect(await violations(page)).toEqual([]);
});

for (const width of [360, 1440]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing wrong with search open on results at ${width} px in ${colorScheme} mode`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await searchFor(page, 'Russia');
      await searchDialog(page).locator('pagefind-filter-pane summary').first().click();
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('axe finds nothing wrong with an answer reached from search, its match highlighted', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=Kazakhstan`);
  await expect(page.locator('mark.pagefind-highlight')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the skip link is the first stop for the keyboard and moves focus to the interview', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the interview' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
