import { expect, INTERVIEW, READING, test } from './fixtures';

test('on a 320 px phone, the membership table scrolls sideways with each country’s name held in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${READING}memberships/`);
  const region = page.getByRole('region', { name: 'Who belongs to what, by country' });
  await expect(region).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await region.evaluate((element) => element.scrollBy({ left: 400 }));
  const country = page.getByRole('rowheader', { name: 'Kazakhstan' });
  const [regionBox, countryBox] = [await region.boundingBox(), await country.boundingBox()];
  expect(countryBox!.x).toBeGreaterThanOrEqual(regionBox!.x - 1);
  expect(await page.getByRole('columnheader', { name: /ASEAN/ }).isVisible()).toBe(true);
});

test('the membership table can be scrolled with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${READING}memberships/`);
  const region = page.getByRole('region', { name: 'Who belongs to what, by country' });
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('a gloss’s name leads to the actor’s page, which leads back to the answer', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await page.locator('#gloss-war-brics .gloss-name').click();
  await expect(page).toHaveURL(/\/actors\/brics\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BRICS');
  // Mentions are grouped by interview, newest first: the made-up interview's come before this one's.
  const groups = page.locator('.mention-interview h3 a');
  await expect(groups).toHaveText([/made-up interview/, /China-Russia relations/]);
  await page
    .locator('.mention-interview')
    .filter({ has: page.locator(`h3 a[href="/${INTERVIEW}/"]`) })
    .locator('.mention-list a')
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/war/#war-\\d$`));
});

test('the timeline links an event to the paragraph that mentions it', async ({ page }) => {
  await page.goto(`${READING}timeline/`);
  const entry = page.locator('.timeline-entry').filter({ hasText: 'Bombing of the Chinese embassy in Belgrade' });
  await expect(entry.locator('time')).toHaveText('7 May 1999');
  await entry.getByRole('link', { name: /^In the interview/ }).click();
  await expect(page).toHaveURL(/\/china-russia-relations\/history\/#history-\d$/);
  await expect(page.locator(':target')).toContainText('Belgrade');
});

test('printed, the timeline keeps every entry and its date', async ({ page }) => {
  await page.goto(`${READING}timeline/`);
  await page.emulateMedia({ media: 'print' });
  const entries = page.locator('.timeline-entry');
  const count = await entries.count();
  expect(count).toBeGreaterThan(30);
  for (let index = 0; index < count; index++) await expect(entries.nth(index).locator('time')).toBeVisible();
});

for (const path of [
  '/',
  '/actors/',
  '/actors/nato/',
  '/memberships/',
  `${READING}memberships/`,
  `${READING}timeline/`,
]) {
  test(`at 320 px, ${path} fits the screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('printed, the membership table shows every column on the page', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.goto(`${READING}memberships/`);
  await page.emulateMedia({ media: 'print' });
  const last = page.getByRole('columnheader', { name: /UN Security Council/ });
  const box = await last.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});
