import { expect, INTERVIEW, test } from './fixtures';
import { answersIn, resultLinkTo, searchDialog, searchField, searchFor } from './search';

const highlights = (page: import('@playwright/test').Page) => page.locator('mark.pagefind-highlight');

test('choosing a result lands on its answer with the searched word highlighted and in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await searchFor(page, 'Kazakhstan');
  await resultLinkTo(page, `/${INTERVIEW}/history/`).click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/history/\\?pagefind-highlight=kazakhstan$`, 'i'));
  await expect(highlights(page)).toHaveText(['Kazakhstan']);
  await expect(highlights(page).first()).toBeInViewport();
});

test('landing puts keyboard focus on the answer that holds the match, so Tab goes on from its top', async ({
  page,
}) => {
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=kazakhstan`);
  await expect(highlights(page)).toHaveText(['Kazakhstan']);
  await expect(page.locator(`section.answer#history`)).toBeFocused();
  await expect(highlights(page).first()).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Link to this answer' })).toBeFocused();
});

test('on a phone, the first match is scrolled into view too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/${INTERVIEW}/future/?pagefind-highlight=Biden`);
  await expect(highlights(page).first()).toHaveText('Biden');
  await expect(highlights(page).first()).toBeInViewport();
});

test('a query the text has word for word, such as “16 + 1”, is highlighted whole', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/dependence/?pagefind-highlight=16&pagefind-highlight=%2B&pagefind-highlight=1`);
  await expect(highlights(page)).toHaveText(['16 + 1']);
});

test('a name the text does not use, such as “17+1”, highlights the mention of that actor', async ({ page }) => {
  await searchFor(page, '17+1');
  await resultLinkTo(page, `/${INTERVIEW}/dependence/`).click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/dependence/`));
  await expect(highlights(page)).toHaveText(['“16 + 1 dialogue”']);
  await expect(page.locator('a.mention[href="#gloss-dependence-china-ceec"] mark.pagefind-highlight')).toBeInViewport();
});

test('highlighting marks the interviewee’s words only, never a gloss or the question', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=Russia`);
  await expect(highlights(page).first()).toBeVisible();
  expect(await page.locator('.gloss mark, .answer-head mark').count()).toBe(0);
  expect(await page.locator('.answer p[id] mark.pagefind-highlight').count()).toBe(await highlights(page).count());
});

test('highlighting changes no word of the answer', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/history/`);
  const before = await page.locator('.answer p[id]').allTextContents();
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=Shanghai&pagefind-highlight=Cooperation`);
  await expect(highlights(page).first()).toBeVisible();
  expect(await page.locator('.answer p[id]').allTextContents()).toEqual(before);
});

test('Back from the answer returns to the page the reader searched from', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/war/`);
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('Kazakhstan');
  await resultLinkTo(page, `/${INTERVIEW}/history/`).click();
  await expect(page).toHaveURL(/\/history\/\?pagefind-highlight=/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/war/$`));
});

test('a shared search link, /?q=Kazakhstan, opens search with its results', async ({ page }) => {
  const found = await searchFor(page, 'Kazakhstan');
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchField(page)).toHaveValue('Kazakhstan');
  expect(answersIn(found)).toEqual([`/${INTERVIEW}/history/`]);
});

test('an answer opened without a search fetches nothing of search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`/${INTERVIEW}/history/`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
});

test('choosing a who’s who result lands on the actor’s page with the name highlighted', async ({ page }) => {
  await searchFor(page, 'Kazakhstan');
  await searchDialog(page).locator('a.pf-result-link[href^="/actors/kazakhstan/"]').click();
  await expect(page).toHaveURL(/\/actors\/kazakhstan\/\?pagefind-highlight=kazakhstan$/i);
  await expect(page.locator('h1 mark.pagefind-highlight')).toHaveText('Kazakhstan');
});

test('if the highlighter cannot load, the mention of the actor searched for is still marked and in view', async ({
  page,
  expectConsole,
}) => {
  expectConsole(/Failed to load resource/);
  await page.route('**/pagefind/pagefind-highlight.js', (route) => route.abort());
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${INTERVIEW}/dependence/?pagefind-highlight=17%2B1`);
  await expect(highlights(page)).toHaveText(['“16 + 1 dialogue”']);
  await expect(highlights(page).first()).toBeInViewport();
});
