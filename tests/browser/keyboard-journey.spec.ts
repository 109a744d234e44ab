import type { Page } from '@playwright/test';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { focusReport } from './focus';
import { resultLinks, searchField, settledResults } from './search';

/** Presses Tab until `target` has focus, checking at every stop that focus can be seen. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 200) {
  for (let stop = 0; stop < limit; stop++) {
    await page.keyboard.press('Tab');
    // What the reader sees: once the frame the focus change starts has been laid out and painted
    // (a focused margin gloss opens whole, and those below make room, before that paint).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const report = await focusReport(page);
    expect(report.indicator, `focus is visible on ${report.element}`).toBeDefined();
    expect(report.unobscured, `focus is on screen and not covered on ${report.element}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return stop + 1;
  }
  throw new Error(`${limit} presses of Tab never reached the target`);
}

for (const width of [360, 1440]) {
  test(`at ${width} px, a keyboard alone goes from the skip link to search, a result, its answer, its link and the next question, focus always visible`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(READING);

    // The skip link comes first and takes the reader past the header.
    await tabTo(page, page.getByRole('link', { name: 'Skip to the content' }), 1);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // Back up to the header's search button, and open search from it.
    await page.keyboard.press('Shift+Tab');
    const searchButton = page.getByRole('banner').getByRole('button', { name: /Search/ });
    await expect(searchButton).toBeFocused();
    expect((await focusReport(page)).indicator).toBeDefined();
    await page.keyboard.press('Enter');
    await expect(searchField(page)).toBeFocused();
    await page.keyboard.type('Kazakhstan');
    await settledResults(page, 'Kazakhstan');

    // Tab moves through the dialog to the results; Enter opens the answer.
    const answerResult = resultLinks(page).filter({ hasText: 'diplomatic relations' });
    await tabTo(page, answerResult);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/history/\\?pagefind-highlight=kazakhstan$`, 'i'));
    await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Kazakhstan']);

    // On the answer's page, Tab reaches the link to the answer; Enter copies it.
    const copyLink = page.locator('main').getByRole('link', { name: 'Link to this answer' });
    await tabTo(page, copyLink);
    await page.keyboard.press('Enter');
    await expect(page.locator('main .answer-head .copy-status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`/${INTERVIEW}/history/`, page.url()).href,
    );

    // Then on to the next question.
    const next = page.locator('main a[rel="next"]');
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/dependence/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How dependent are Russia and China on each other?',
    );
  });
}
