import type { Page } from '@playwright/test';
import { loadAxe, violations } from './axe';
import { expect, READING, test } from './fixtures';
import { focusReport } from './focus';

const WORDS = 'So it is important to show that';

/** Selects `words` within the paragraph `id`, as a reader's drag or Shift+arrows would. */
async function select(page: Page, id: string, words: string) {
  await page.evaluate(
    ({ id, words }) => {
      const paragraph = document.getElementById(id)!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`“${words}” is not in one text node of #${id}`);
    },
    { id, words },
  );
}

const offer = (page: Page) => page.getByRole('button', { name: 'Copy link to this quote' });

for (const width of [360, 1440])
  test(`at ${width} px, selecting words offers a link to them, which Tab reaches and Enter copies`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    await page.locator('#war-2').scrollIntoViewIfNeeded();
    await select(page, 'war-2', WORDS);
    await expect(offer(page)).toBeVisible();
    // It follows the paragraph, outside it: the selected words, and the paragraph's, are unchanged.
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(WORDS);
    expect(await page.locator('#war-2 .quote-offer').count()).toBe(0);
    for (
      let stop = 0;
      stop < 200 && !(await offer(page).evaluate((button) => button === document.activeElement));
      stop++
    )
      await page.keyboard.press('Tab');
    await expect(offer(page)).toBeFocused();
    const focus = await focusReport(page);
    expect(focus.indicator, 'its focus shows').toBeDefined();
    expect(focus.unobscured, 'nothing covers it').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.quote-offer').getByRole('status')).toHaveText('Link to the quote copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${READING}#war-2:~:text=${encodeURIComponent(WORDS)}`,
    );
  });

test('a link to a quote lands on its paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${READING}#war-2:~:text=${encodeURIComponent(WORDS)}`);
  await expect(page.locator('#war-2')).toBeInViewport();
});

test('no link is offered for words across two paragraphs, and the offer goes when the selection does', async ({
  page,
}) => {
  await page.goto(READING);
  await select(page, 'war-2', WORDS);
  await expect(offer(page)).toBeVisible();
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.getElementById('war-1')!, 0);
    range.setEnd(document.getElementById('war-2')!, 1);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(offer(page)).toHaveCount(0);
  await select(page, 'war-2', WORDS);
  await expect(offer(page)).toBeVisible();
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await expect(offer(page)).toHaveCount(0);
});

test('axe finds nothing wrong with the page while a quote is offered', async ({ page }) => {
  await loadAxe(page);
  await page.goto(READING);
  await select(page, 'war-2', WORDS);
  await expect(offer(page)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
