import type { Page } from '@playwright/test';
import { distOrigin } from './origins';
import { expect, recordProblems, test } from './fixtures';

/** The search dialog that Pagefind's Component UI opens. */
export const searchDialog = (page: Page) => page.locator('pagefind-modal dialog');
export const searchField = (page: Page) => searchDialog(page).getByRole('searchbox');
export const resultLinks = (page: Page) => searchDialog(page).locator('pagefind-results a.pf-result-link');

/** Whether the page has asked for any file of the search bundle yet. */
export function watchSearchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

/**
 * Waits until the summary reports results, for `query` if given (typing passes through shorter
 * queries first), and every result it counts has its link rendered.
 */
export async function settledResults(page: Page, query?: string): Promise<string[]> {
  const summary = searchDialog(page).locator('pagefind-summary');
  // The count and the query together: while the next query loads, the summary still counts the last
  // one's results, or says it is searching for the next.
  const escaped = query?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(summary).toHaveText(
    new RegExp(`^(\\d+|No) results? for${escaped === undefined ? '\\b' : ` ${escaped}`}`),
  );
  const count = Number((await summary.textContent())!.match(/^(\d+|No)/)![1]!.replace('No', '0'));
  // Results render as they scroll into the dialog's view: bring each waiting one in, a frame at a
  // time, until every result counted has its link.
  await page.waitForFunction(
    (expected) => {
      const items = [...document.querySelectorAll('pagefind-modal dialog pagefind-results ul > li')];
      const waiting = items.filter((item) => !item.querySelector('a.pf-result-link'));
      waiting[0]?.scrollIntoView();
      return items.length === expected && waiting.length === 0;
    },
    count,
    { polling: 'raf' },
  );
  return resultLinks(page).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/** Opens `/?q=…` and returns the paths of the answers found, best first. */
export async function searchFor(page: Page, query: string, from = '/'): Promise<string[]> {
  await page.goto(`${from}?q=${encodeURIComponent(query)}`);
  await expect(searchDialog(page)).toBeVisible();
  return settledResults(page, query);
}

/** The answers among result paths, in their order. */
export const answersIn = (paths: readonly string[]) =>
  paths.filter((path) => /^\/china-russia-relations\/[a-z]+\/$/.test(path));

/** A result link to one answer's page, whatever its place in the results. */
export const resultLinkTo = (page: Page, path: string) =>
  searchDialog(page).locator(`pagefind-results a.pf-result-link[href^="${path}?"]`);

/**
 * Types a new query into an open search, after clearing the last one and waiting for its results
 * to go, so that no result of the last query can be read as one of this one.
 */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await searchField(page).fill('');
  await expect(searchDialog(page).locator('pagefind-results li')).toHaveCount(0);
  await searchField(page).fill(query);
}

export interface OpenSearch {
  page: Page;
  /** Every alert, confirm or prompt the page opened during the test; each is dismissed. */
  dialogs: string[];
}

/**
 * Tests that share one search dialog a worker, open on the reading page: each types its query into
 * the field, as a reader refines a search, which spares each a new browser page and a fresh start
 * of Pagefind. Each test fails if the page logged an error or warning, or asked another host for
 * anything, while it ran.
 */
export const withOpenSearch = test.extend<
  { openSearch: OpenSearch },
  { sharedSearch: OpenSearch & { problems: string[] } }
>({
  sharedSearch: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      const dialogs: string[] = [];
      recordProblems(page, problems);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${distOrigin()}/?q=`);
      await expect(searchField(page)).toBeFocused();
      await use({ page, problems, dialogs });
      await page.close();
    },
    { scope: 'worker' },
  ],
  openSearch: async ({ sharedSearch }, use) => {
    sharedSearch.problems.length = 0;
    sharedSearch.dialogs.length = 0;
    await use(sharedSearch);
    expect(sharedSearch.problems, 'the console stays empty and nothing is fetched from another host').toEqual([]);
  },
});
