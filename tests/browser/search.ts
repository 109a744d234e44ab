import type { Page } from '@playwright/test';
import { expect } from './fixtures';

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
  await expect(summary).toHaveText(/\bresults? for\b/);
  if (query !== undefined) await expect(summary).toContainText(`for ${query}`);
  const count = Number((await summary.textContent())!.match(/^(\d+|No)/)?.[1]?.replace('No', '0') ?? NaN);
  // Results render as they scroll into the dialog's view; bring each waiting one in until all have their link.
  const items = searchDialog(page).locator('pagefind-results ul > li');
  await expect(items).toHaveCount(count);
  await expect
    .poll(() =>
      items.evaluateAll((all) => {
        const waiting = all.filter((item) => !item.querySelector('a.pf-result-link'));
        waiting[0]?.scrollIntoView();
        return all.length - waiting.length;
      }),
    )
    .toBe(count);
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
