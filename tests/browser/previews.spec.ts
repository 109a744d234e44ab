import type { Locator, Page } from '@playwright/test';
import { loadAxe, violations } from './axe';
import { expect, READING, test } from './fixtures';
import { glossesReady } from './measure-glosses';

const preview = (page: Page) => page.getByRole('tooltip');
/** The first later mention of the first answer: “Beijing”, which names China, glossed above it. */
const laterMention = (page: Page) => page.locator('#history a.mention--later').first();

/** Whether a box covers any line of the interview's words. */
async function coversWords(page: Page, box: Locator) {
  const rect = await box.boundingBox();
  if (!rect) throw new Error('the box is not laid out');
  return page.evaluate(
    ({ x, y, width, height }) =>
      [...document.querySelectorAll('.passage > p')].some((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        return [...range.getClientRects()].some(
          (line) => line.left < x + width && x < line.right && line.top < y + height && y < line.bottom,
        );
      }),
    rect,
  );
}

for (const width of [360, 1440]) {
  test(`at ${width} px, focusing a later mention previews its actor’s gloss beside the words, and Tab goes on`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    await glossesReady(page);
    const mention = laterMention(page);
    await expect(mention).toHaveText('Beijing');
    await mention.focus();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toContainText('People’s Republic of China');
    await expect(mention).toHaveAttribute('aria-describedby', 'gloss-preview');
    expect(await coversWords(page, preview(page)), 'the preview covers no words').toBe(false);
    // The preview holds no link and takes no focus: Tab goes to what follows the mention, and the
    // preview goes with the focus.
    expect(await preview(page).locator('a, [tabindex]').count()).toBe(0);
    await page.keyboard.press('Tab');
    await expect(mention).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.closest('#gloss-preview') ?? null)).toBeNull();
    await expect(mention).not.toHaveAttribute('aria-describedby');
  });
}

test('Esc puts the preview away and leaves focus on the mention', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await glossesReady(page);
  await laterMention(page).focus();
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview(page)).toBeHidden();
  await expect(laterMention(page)).toBeFocused();
  await expect(laterMention(page)).not.toHaveAttribute('aria-describedby');
});

test('pointing at a later mention previews the gloss after a pause; moving away hides it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await glossesReady(page);
  await laterMention(page).hover();
  await expect(preview(page)).toBeVisible();
  expect(await coversWords(page, preview(page))).toBe(false);
  await page.locator('h1').hover();
  await expect(preview(page)).toBeHidden();
});

test('on a wide page, a mention whose gloss the margin cuts short previews the whole gloss over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await glossesReady(page);
  const gloss = page.locator('#gloss-history-russia');
  expect(await gloss.evaluate((element) => element.scrollHeight > element.clientHeight + 1)).toBe(true);
  await page.locator('#mention-history-russia').focus();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText('As of');
  const [over, under] = [await preview(page).boundingBox(), await gloss.boundingBox()];
  expect(Math.abs(over!.y - under!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(over!.x - under!.x)).toBeLessThanOrEqual(1);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the first tap on a later mention previews the gloss, the second follows its link', async ({ page }) => {
    await page.goto(READING);
    await glossesReady(page);
    const mention = laterMention(page);
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    await expect(preview(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${READING}$`));
    expect(await coversWords(page, preview(page))).toBe(false);
    await mention.tap();
    await expect(page).toHaveURL(/\/actors\/china\/$/);
  });

  test('a tap elsewhere puts the preview away', async ({ page }) => {
    await page.goto(READING);
    await glossesReady(page);
    await laterMention(page).scrollIntoViewIfNeeded();
    await laterMention(page).tap();
    await expect(preview(page)).toBeVisible();
    await page.locator('h1').tap();
    await expect(preview(page)).toBeHidden();
  });
});

for (const width of [360, 1440])
  test(`at ${width} px, axe finds nothing wrong with a preview open`, async ({ page }) => {
    await loadAxe(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    await glossesReady(page);
    await laterMention(page).focus();
    await expect(preview(page)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
