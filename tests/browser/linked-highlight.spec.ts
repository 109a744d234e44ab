import { expect, READING, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test('hovering a mention highlights its gloss in the margin', async ({ page }) => {
  await page.goto(READING);
  await page.locator('#mention-history-nato').hover();
  await expect(page.locator('#gloss-history-nato')).toHaveClass(/is-linked/);
  await page.locator('h1').hover();
  await expect(page.locator('#gloss-history-nato')).not.toHaveClass(/is-linked/);
});

test('hovering a gloss highlights its mention in the text', async ({ page }) => {
  await page.goto(READING);
  await page.locator('#gloss-history-kosovo-war').hover();
  await expect(page.locator('#mention-history-kosovo-war')).toHaveClass(/is-linked/);
});

test('focusing a mention with the keyboard highlights its gloss', async ({ page }) => {
  await page.goto(READING);
  await page.locator('#mention-war-brics').focus();
  await expect(page.locator('#gloss-war-brics')).toHaveClass(/is-linked/);
});

test('a gloss links back to its mention, and the mention to its gloss', async ({ page }) => {
  await page.goto(READING);
  await page.locator('#mention-future-xi-jinping').click();
  await expect(page).toHaveURL(/#gloss-future-xi-jinping$/);
  await page.locator('#gloss-future-xi-jinping .gloss-back').click();
  await expect(page).toHaveURL(/#mention-future-xi-jinping$/);
  await expect(page.locator('#mention-future-xi-jinping')).toBeInViewport();
});

test('a link to a gloss shows it in the margin, marked, beside its mention', async ({ page }) => {
  await page.goto(`${READING}#gloss-dependence-china-ceec`);
  const gloss = page.locator('#gloss-dependence-china-ceec');
  await expect(gloss).toBeInViewport();
  await expect(page.locator('#mention-dependence-china-ceec')).toBeInViewport();
  expect(await gloss.evaluate((element) => element.matches(':target'))).toBe(true);
  await expect(gloss).toHaveCSS('background-color', 'rgb(246, 230, 220)');
});
