import type { Page } from '@playwright/test';
import { loadAxe, violations } from './axe';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { glossesReady } from './measure-glosses';

const control = (page: Page) => page.getByRole('button', { name: 'Words only' });
const visibleGlosses = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.gloss, .editor-note')].filter((note) => note.getClientRects().length > 0).length,
  );
const words = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.passage > p')].map((paragraph) => paragraph.textContent).join('\n'),
  );

/** Records, from before the page's first script, whether the choice was set when the first gloss was parsed. */
async function watchFirstGloss(page: Page) {
  await page.addInitScript(() => {
    const seen = { wordsOnlyAtFirstGloss: null as boolean | null };
    (window as unknown as { __firstGloss: typeof seen }).__firstGloss = seen;
    new MutationObserver((records, observer) => {
      if (
        records.some((record) =>
          [...record.addedNodes].some((node) => node instanceof Element && node.matches('.gloss')),
        )
      ) {
        seen.wordsOnlyAtFirstGloss = document.documentElement.hasAttribute('data-words-only');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __firstGloss: { wordsOnlyAtFirstGloss: boolean | null } }).__firstGloss
          .wordsOnlyAtFirstGloss,
    );
}

test('the words-only control is off by default, and the glosses and notes show', async ({ page }) => {
  await page.goto(READING);
  await expect(control(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await visibleGlosses(page)).toBeGreaterThan(20);
});

for (const key of ['Enter', 'Space'])
  test(`a reader can turn words-only on and off from the keyboard (${key}): glosses and notes go, the words stay as they are`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(READING);
    await glossesReady(page);
    const before = await words(page);
    await control(page).focus();
    await page.keyboard.press(key);
    await expect(control(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(control(page)).toBeFocused();
    expect(await visibleGlosses(page)).toBe(0);
    expect(await words(page)).toBe(before);
    await page.keyboard.press(key);
    await expect(control(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await visibleGlosses(page)).toBeGreaterThan(20);
  });

test('the choice is kept for other pages and later visits, and applied before any gloss is parsed', async ({
  page,
  context,
}) => {
  await page.goto(READING);
  await control(page).click();
  await expect(control(page)).toHaveAttribute('aria-pressed', 'true');

  // Another page of the edition, in a page opened later in the same browser.
  const later = await context.newPage();
  const firstGloss = await watchFirstGloss(later);
  await later.goto(`/${INTERVIEW}/war/`);
  expect(await firstGloss(), 'the choice was set when the first gloss was parsed').toBe(true);
  await expect(control(later)).toHaveAttribute('aria-pressed', 'true');
  expect(await visibleGlosses(later)).toBe(0);
  // Previews stay away too.
  await later.locator('#war a.mention--later').first().focus();
  await later.waitForTimeout(400);
  await expect(later.getByRole('tooltip')).toHaveCount(0);
  await later.close();
});

test('print follows the choice', async ({ page }) => {
  await page.goto(READING);
  await page.emulateMedia({ media: 'print' });
  expect(await visibleGlosses(page)).toBeGreaterThan(20);
  await page.emulateMedia({ media: 'screen' });
  await control(page).click();
  await page.emulateMedia({ media: 'print' });
  expect(await visibleGlosses(page)).toBe(0);
  const markers = await page
    .locator('.mention:not(.mention--later)')
    .first()
    .evaluate((mention) => getComputedStyle(mention, '::after').content);
  expect(markers).toBe('none');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no words-only control, and every gloss shows', async ({ page }) => {
    await page.goto(READING);
    await expect(control(page)).toBeHidden();
    expect(await visibleGlosses(page)).toBeGreaterThan(20);
  });
});

for (const width of [360, 1440])
  test(`at ${width} px, axe finds nothing wrong with words-only on`, async ({ page }) => {
    await loadAxe(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    await control(page).click();
    await expect(control(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await violations(page)).toEqual([]);
  });
