import type { Page } from '@playwright/test';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { searchDialog, searchField, searchFor, typeQuery, withOpenSearch } from './search';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>window.__injected = 1</script>', "'><svg onload=alert(1)>"];

/** Whether markup from a query reached the page as elements, or ran. */
const injected = (page: Page) =>
  page.evaluate(
    () =>
      'injected: ' +
      [
        document.querySelectorAll('img[src="x"], svg[onload]').length > 0 ||
          [...document.scripts].some((script) => script.text.includes('__injected')),
        '__injected' in window,
      ].join(),
  );

/** Fails the test on any alert, confirm or prompt, and reports whether injected markup reached the page. */
function watchForInjection(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    injected: () => injected(page),
  };
}

for (const query of HOSTILE) {
  withOpenSearch(`a typed query of markup, ${query}, shows as text and runs nothing`, async ({ openSearch }) => {
    const { page, dialogs } = openSearch;
    await typeQuery(page, query);
    await expect(searchDialog(page).locator('pagefind-summary')).toContainText(query);
    expect(await injected(page)).toBe('injected: false,false');
    expect(dialogs).toEqual([]);
  });

  test(`a shared link with a query of markup, ${query}, shows it as text and runs nothing`, async ({ page }) => {
    const watch = watchForInjection(page);
    await searchFor(page, query);
    await expect(searchField(page)).toHaveValue(query);
    expect(await watch.injected()).toBe('injected: false,false');
    expect(watch.dialogs).toEqual([]);
  });
}

test('markup in the highlight terms of an answer’s URL is looked for as text and runs nothing', async ({ page }) => {
  const watch = watchForInjection(page);
  await page.goto(`/${INTERVIEW}/history/?pagefind-highlight=${encodeURIComponent(HOSTILE[0]!)}`);
  await page.waitForLoadState('networkidle');
  expect(await watch.injected()).toBe('injected: false,false');
  expect(watch.dialogs).toEqual([]);
});

const EDGE_CASES: [name: string, query: string][] = [
  ['Cyrillic', 'Кремль'],
  ['Chinese', '中国'],
  ['only punctuation', '?!…—“”'],
  ['ten thousand characters', 'Russia China '.repeat(770).slice(0, 10_000)],
];

for (const [name, query] of EDGE_CASES) {
  test(`a query in ${name} runs without an error`, async ({ page }) => {
    await page.goto(READING);
    await page.keyboard.press('/');
    await expect(searchField(page)).toBeFocused();
    await searchField(page).fill(query);
    await expect(searchDialog(page).locator('pagefind-summary')).toHaveText(/results? for|No results/, {
      timeout: 20_000,
    });
  });
}

test('an empty query from a shared link opens search with nothing run and no error', async ({ page }) => {
  await page.goto('/?q=');
  await expect(searchField(page)).toBeFocused();
  await expect(searchField(page)).toHaveValue('');
  await expect(searchDialog(page).locator('pagefind-results li')).toHaveCount(0);
});

test('clearing a query empties the results without an error', async ({ page }) => {
  await searchFor(page, 'Russia');
  await searchField(page).fill('');
  await expect(searchDialog(page).locator('pagefind-results li')).toHaveCount(0);
});
