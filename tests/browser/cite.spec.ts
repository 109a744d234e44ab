import { TEST_SITE_URL } from '../../scripts/test-builds.mjs';
import { loadAxe, violations } from './axe';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { focusReport } from './focus';

const ANSWER = `/${INTERVIEW}/war/`;

test('“Cite” under a question on the reading page brings that answer’s citation under the question, from the keyboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(READING);
  const head = page.locator('#war .answer-head');
  const cite = head.getByRole('link', { name: 'Cite', exact: true });
  await cite.focus();
  await page.keyboard.press('Enter');
  const section = head.getByRole('region', { name: 'Cite this answer' });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  await expect(page, 'the reader stays on the reading page').toHaveURL(`${baseURL}${READING}`);
  await expect(section.getByRole('heading', { name: 'Cite this answer', level: 3 })).toBeVisible();
  await expect(section.locator('.citation').first()).toContainText(`${TEST_SITE_URL}${ANSWER}`);
  await expect(section, 'the reading page does not take on the answer page’s metadata').not.toContainText('@context');
  await expect(section.locator('script')).toHaveCount(0);

  // Its copy buttons work where it now stands.
  const apa = section.getByRole('button', { name: 'Copy the APA citation' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(apa).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await apa.locator('xpath=preceding-sibling::p').textContent(),
  );

  // Asked again, it is brought once and focused again.
  await cite.click();
  await expect(section).toBeFocused();
  await expect(page.locator('[id="cite-war"]')).toHaveCount(1);
});

test('the citation brought to the reading page is the one on the answer’s page, word for word', async ({ page }) => {
  await page.goto(ANSWER);
  const onItsPage = await page.locator('#cite-war .citation').allTextContents();
  await page.goto(READING);
  await page.locator('#war .answer-head').getByRole('link', { name: 'Cite', exact: true }).click();
  await expect(page.locator('#cite-war .citation')).toHaveText(onItsPage);
  expect(onItsPage).toHaveLength(2);
});

test('where the answer’s page cannot be fetched, “Cite” is followed as a link', async ({
  page,
  baseURL,
  expectConsole,
}) => {
  expectConsole(/Failed to load resource: net::ERR_FAILED/);
  await page.goto(READING);
  let refused = 0;
  await page.route(`**${ANSWER}`, (route) => (refused++ === 0 ? route.abort() : route.continue()));
  await page.locator('#war .answer-head').getByRole('link', { name: 'Cite', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}${ANSWER}#cite-war`);
  expect(refused, 'the fetch was refused, then the link followed').toBe(2);
  await expect(page.getByRole('region', { name: 'Cite this answer' })).toBeInViewport();
});

test('where the code that brings a citation cannot be fetched, “Cite” is followed as a link', async ({
  page,
  baseURL,
  expectConsole,
}) => {
  expectConsole(/Failed to load resource: net::ERR_FAILED|Failed to fetch dynamically imported module/);
  await page.route('**/_astro/cite-in-place.*.js', (route) => route.abort());
  await page.goto(READING);
  await page.locator('#war .answer-head').getByRole('link', { name: 'Cite', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}${ANSWER}#cite-war`);
});

test('axe finds nothing wrong with the reading page once a citation is brought in', async ({ page }) => {
  await loadAxe(page);
  await page.goto(READING);
  await page.locator('#war .answer-head').getByRole('link', { name: 'Cite', exact: true }).click();
  await expect(page.locator('#war .cite')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a copy button copies its citation and says so, from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ANSWER);
  const apa = page.getByRole('button', { name: 'Copy the APA citation' });
  await apa.focus();
  expect((await focusReport(page)).indicator, 'the focused button shows its focus').toBeDefined();
  await page.keyboard.press('Enter');
  const control = page.locator('copy-link').filter({ has: apa });
  await expect(control.getByRole('status')).toHaveText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await control.locator('.citation').textContent());
  expect(copied).toMatch(
    /^China-Russia relations: “The danger is to see the West alone” \[Interview with Ophelie Barbier; answer to “/,
  );
});

test('where the clipboard refuses, the button asks the reader to select the citation instead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
  });
  await page.goto(ANSWER);
  const chicago = page.getByRole('button', { name: 'Copy the Chicago citation' });
  await chicago.click();
  await expect(page.locator('copy-link').filter({ has: chicago }).getByRole('status')).toHaveText(
    'Select the citation to copy it',
  );
});

test('axe finds nothing wrong with the page after a citation is copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await loadAxe(page);
  await page.goto(ANSWER);
  await page.getByRole('button', { name: 'Copy the Chicago citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citations are text to select, with no button that would do nothing, and the files to download', async ({
    page,
  }) => {
    await page.goto(ANSWER);
    await expect(page.locator('.cite .citation')).toHaveCount(2);
    for (const citation of await page.locator('.cite .citation').all()) await expect(citation).toBeVisible();
    await expect(page.locator('.cite button')).toHaveCount(2);
    for (const button of await page.locator('.cite button').all()) await expect(button).toBeHidden();
    await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', `/${INTERVIEW}/war.bib`);
    await expect(page.getByRole('link', { name: 'RIS' })).toHaveAttribute('href', `/${INTERVIEW}/war.ris`);
  });

  test('“Cite” on the reading page leads to the citation on the answer’s page', async ({ page, baseURL }) => {
    await page.goto(READING);
    await page.locator('#war .answer-head').getByRole('link', { name: 'Cite', exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}${ANSWER}#cite-war`);
    await expect(page.getByRole('region', { name: 'Cite this answer' })).toBeInViewport();
  });
});
