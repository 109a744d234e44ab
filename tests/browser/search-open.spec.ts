import { expect, INTERVIEW, READING, test } from './fixtures';
import { searchDialog, searchField, settledResults, watchSearchRequests } from './search';

const searchButton = (page: import('@playwright/test').Page) =>
  page.getByRole('banner').getByRole('button', { name: /^Search/ });

/** Holds back every request for one file of Pagefind's bundle, as a slow network would, until released. */
async function holdSearchFile(page: import('@playwright/test').Page, file: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/pagefind/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the reading page fetches no search bytes on load, nor while the reader reads', async ({ page }) => {
  const requests = watchSearchRequests(page);
  await page.goto(READING);
  await page.mouse.wheel(0, 3000);
  await page.keyboard.press('End');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
});

test('pointing at the search button starts loading search before it is pressed', async ({ page }) => {
  const requests = watchSearchRequests(page);
  await page.goto(READING);
  await searchButton(page).hover();
  await expect.poll(() => requests.some((url) => url.endsWith('pagefind-component-ui.js'))).toBe(true);
  await expect(searchDialog(page)).toBeHidden();
});

test('focusing the search button starts loading search before it is pressed', async ({ page }) => {
  const requests = watchSearchRequests(page);
  await page.goto(READING);
  await searchButton(page).focus();
  await expect.poll(() => requests.some((url) => url.endsWith('pagefind-component-ui.js'))).toBe(true);
});

test('search starts Pagefind’s engine once, shared with its Component UI, however it is opened', async ({ page }) => {
  // Each engine reads Pagefind's entry file afresh as it starts, with a timestamp in the query.
  const requests = watchSearchRequests(page);
  const enginesStarted = () => requests.filter((url) => /pagefind-entry\.json\?ts=/.test(url)).length;
  await page.goto(`${READING}?q=Kazakhstan`);
  await settledResults(page, 'Kazakhstan');
  await page.keyboard.press('Escape');
  await searchButton(page).click();
  await searchField(page).fill('BRICS');
  await settledResults(page, 'BRICS');
  expect(enginesStarted()).toBe(1);
});

test('the search button in the header opens a labelled search dialog with focus in its field', async ({ page }) => {
  await page.goto(READING);
  await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'false');
  await searchButton(page).click();
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchDialog(page)).toHaveAccessibleName('Search the interviews');
  await expect(searchField(page)).toBeFocused();
  await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'true');
});

for (const shortcut of ['/', 'Control+K', 'Meta+K']) {
  test(`pressing ${shortcut} anywhere on the page opens search`, async ({ page }) => {
    await page.goto(`/${INTERVIEW}/war/`);
    await page.keyboard.press(shortcut);
    await expect(searchField(page)).toBeFocused();
  });
}

test('a slash typed into the search field is text, not a second shortcut', async ({ page }) => {
  await page.goto(READING);
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('16/1');
  await expect(searchField(page)).toHaveValue('16/1');
});

test('Escape closes search and returns focus to the button that opened it', async ({ page }) => {
  await page.goto(READING);
  await searchButton(page).click();
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
  await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'false');
});

test('closing search opened by a shortcut returns focus to where the reader was', async ({ page }) => {
  await page.goto(READING);
  const link = page.locator('#mention-war-brics');
  await link.focus();
  await page.keyboard.press('Control+K');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
});

test('Tab and Shift+Tab never reach the page behind the open search dialog', async ({ page }) => {
  await page.goto(READING);
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('Russia');
  await settledResults(page, 'Russia');
  for (const key of [...Array<string>(25).fill('Tab'), ...Array<string>(25).fill('Shift+Tab')]) {
    await page.keyboard.press(key);
    // The dialog is modal: the page behind it is inert. Focus may leave the document for the
    // browser's own controls, as on any page, and comes back into the dialog.
    const where = await searchDialog(page).evaluate((dialog) =>
      dialog.contains(document.activeElement)
        ? 'dialog'
        : document.activeElement === document.body
          ? 'browser'
          : 'page',
    );
    expect(where, `focus after ${key}`).not.toBe('page');
  }
});

test('when search cannot load, the header says so, and the next try loads it', async ({ page, expectConsole }) => {
  expectConsole(/Failed to load resource/);
  await page.route('**/pagefind/pagefind-component-ui.js', (route) => route.abort());
  await page.goto(READING);
  await searchButton(page).click();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(
    'Search could not load. Check your connection and try again.',
  );
  await expect(searchDialog(page)).toBeHidden();
  await page.unroute('**/pagefind/pagefind-component-ui.js');
  await searchButton(page).click();
  await expect(searchField(page)).toBeFocused();
  await expect(page.locator('.site-search-status')).toBeEmpty();
});

test('what the reader types while search is still loading goes into the field', async ({ page }) => {
  // A slow network: the Component UI is held back until the reader has typed, however long that takes.
  const release = await holdSearchFile(page, 'pagefind-component-ui.js');
  await page.goto(READING);
  await page.keyboard.press('/');
  await page.keyboard.type('Kazakhs');
  await page.keyboard.press('Backspace');
  // The keys so far came while search was still loading: no dialog, no field took them.
  await expect(searchDialog(page)).toBeHidden();
  expect(await page.locator('pagefind-input input').count()).toBe(0);
  release();
  await page.keyboard.type('stan');
  await expect(searchField(page)).toHaveValue('Kazakhstan');
  await expect(searchField(page)).toBeFocused();
  await expect(searchDialog(page).locator('pagefind-summary')).toContainText('Kazakhstan');
  await expect(searchDialog(page).locator('pagefind-results a').first()).toBeVisible();
});

test('what the reader types while search loads is looked up in the index before the dialog’s code arrives', async ({
  page,
}) => {
  // Pagefind's script is held until the reader has typed, its Component UI until the index is read.
  const requests = watchSearchRequests(page);
  const releaseEngine = await holdSearchFile(page, 'pagefind.js');
  const releaseComponentUi = await holdSearchFile(page, 'pagefind-component-ui.js');
  await page.goto(READING);
  await page.keyboard.press('/');
  await page.keyboard.type('Kazakh');
  releaseEngine();
  await expect.poll(() => requests.some((url) => url.endsWith('.pf_index'))).toBe(true);
  await expect(searchDialog(page)).toBeHidden();
  releaseComponentUi();
  await expect(searchField(page)).toHaveValue('Kazakh');
  await expect(searchDialog(page).locator('pagefind-results a').first()).toBeVisible();
});

test('while search is open, the address carries the query, so it can be shared', async ({ page }) => {
  await page.goto('/china-russia-relations/war/#war-2');
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('BRICS');
  await expect(page).toHaveURL(/\/china-russia-relations\/war\/\?q=BRICS#war-2$/);
  await page.reload();
  await expect(searchField(page)).toHaveValue('BRICS');
});

test('closing search takes the query out of the address again', async ({ page }) => {
  await page.goto('/?q=Kazakhstan');
  await expect(searchField(page)).toHaveValue('Kazakhstan');
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
});
