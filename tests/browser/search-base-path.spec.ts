import { expect, INTERVIEW, test } from './fixtures';
import { subOrigin } from './origins';
import { answersIn, resultLinkTo, searchFor } from './search';

// `npm test` builds the site a second time with BASE_PATH=/sub/ and serves it under /sub/.
const SUB = `${subOrigin()}/sub/`;

test('under a base path, search loads from it, finds answers and lands on them there', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/sub/')) outside.push(pathname);
  });
  const found = await searchFor(page, 'Kazakhstan', SUB);
  expect(found.slice(0, 2)).toEqual(['/sub/actors/kazakhstan/', `/sub/${INTERVIEW}/history/`]);
  expect(answersIn(found.map((path) => path.replace(/^\/sub/, '')))).toEqual([`/${INTERVIEW}/history/`]);
  await resultLinkTo(page, `/sub/${INTERVIEW}/history/`).click();
  await expect(page).toHaveURL(`${SUB}${INTERVIEW}/history/?pagefind-highlight=kazakhstan`);
  await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Kazakhstan']);
  expect(outside).toEqual([]);
});

test('under a base path, the no-JavaScript note links to the who’s who there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SUB);
  await expect(page.locator('.site-search-nojs a')).toHaveAttribute('href', '/sub/actors/');
  await context.close();
});
