import { expect, INTERVIEW, MADE_UP, READING, test } from './fixtures';

test('the front page leads to each interview’s words in one click, newest first', async ({ page }) => {
  await page.goto('/');
  const headlines = page.locator('.story-title a');
  await expect(headlines).toHaveCount(2);
  await expect(headlines.first()).toHaveAttribute('href', `/${MADE_UP}/`);
  await page.locator(`.story-title a[href="${READING}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${READING}$`));
  await expect(page.locator('.passage p').first()).toBeVisible();
});

test('a question on the front page opens the interview at that answer', async ({ page }) => {
  await page.goto('/');
  await page.locator(`.story-questions a[href="${READING}#war"]`).click();
  await expect(page).toHaveURL(new RegExp(`${READING}#war$`));
  await expect(page.locator('#war')).toBeInViewport();
});

test('the second interview’s reading page has its own anchors and glosses', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/${MADE_UP}/#summits-2`);
  await expect(page.locator('#summits-2')).toBeInViewport();
  await page.goto(`/${MADE_UP}/#gloss-summits-brics`);
  await expect(page.locator('#gloss-summits-brics')).toBeInViewport();
  await page.locator('#gloss-summits-brics .gloss-name').click();
  await expect(page).toHaveURL(/\/actors\/brics\/$/);
  await expect(page.locator(`.mention-interview h3 a[href="/${INTERVIEW}/"]`)).toHaveCount(1);
});

test('an answer of the second interview links to its own reading page, not the first one’s', async ({ page }) => {
  await page.goto(`/${MADE_UP}/alone/`);
  await page.getByRole('link', { name: 'Read this answer in the full interview' }).click();
  await expect(page).toHaveURL(new RegExp(`/${MADE_UP}/#alone$`));
  await expect(page.locator('#alone')).toBeInViewport();
});
