import { expect, INTERVIEW, MADE_UP, test } from './fixtures';
import { resultLinkTo, searchDialog, searchField, searchFor, settledResults } from './search';

/** Search over an edition of two interviews: which one each result comes from, and narrowing to one. */

/** An answer's page is `/<interview>/<slug>/`; an actor's entry, `/actors/<id>/`. */
const ANSWER = /^\/([a-z-]+)\/[a-z-]+\/$/;
const interviewOf = (path: string) => (path.startsWith('/actors/') ? undefined : ANSWER.exec(path)?.[1]);

test('each answer found says which interview it comes from; an actor’s entry says none', async ({ page }) => {
  const found = await searchFor(page, 'China');
  expect(new Set(found.map(interviewOf))).toEqual(new Set([INTERVIEW, MADE_UP, undefined]));
  const results = searchDialog(page).locator('pagefind-results li');
  for (const [index, path] of found.entries()) {
    const interview = results.nth(index).locator('.pf-result-interview');
    if (interviewOf(path) === INTERVIEW) await expect(interview).toHaveText(/^China-Russia relations/);
    else if (interviewOf(path) === MADE_UP) await expect(interview).toHaveText(/^A made-up interview/);
    else await expect(interview).toHaveCount(0);
  }
});

test('filtering by interview keeps that interview’s answers only', async ({ page }) => {
  const all = await searchFor(page, 'China');
  await searchDialog(page)
    .locator('pagefind-filter-pane summary')
    .filter({ hasText: /^Interview/ })
    .click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^A made-up interview/ })
    .check();
  const narrowed = await settledResults(page);
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all.length);
  for (const path of narrowed) expect(interviewOf(path)).toBe(MADE_UP);
});

test('a misspelt name offers the actor it meant, and taking the offer searches for it', async ({ page }) => {
  await searchFor(page, 'tajikstan');
  const offer = searchDialog(page).locator('.search-suggestion');
  await expect(offer).toHaveText('Did you mean Tajikistan?');
  await offer.getByRole('button', { name: 'Tajikistan' }).click();
  await expect(searchField(page)).toHaveValue('Tajikistan');
  await expect(searchField(page)).toBeFocused();
  expect(await settledResults(page, 'Tajikistan')).toContain(`/${INTERVIEW}/history/`);
  await expect(offer).toBeEmpty();
});

test('an answer that says “Washington” outranks answers that name the United States otherwise', async ({ page }) => {
  const answers = (await searchFor(page, 'Washington')).filter((path) => interviewOf(path));
  const says = [`/${MADE_UP}/summits/`, `/${INTERVIEW}/future/`];
  // The answers that only name the United States some other way come after every one that says the word.
  expect(answers.slice(0, says.length).sort()).toEqual(says.sort());
  expect(answers.length).toBeGreaterThan(says.length);
});

test('a result in the second interview lands on its answer with the word highlighted', async ({ page }) => {
  await searchFor(page, 'Washington');
  await resultLinkTo(page, `/${MADE_UP}/summits/`).click();
  await expect(page).toHaveURL(new RegExp(`/${MADE_UP}/summits/\\?pagefind-highlight=washington$`, 'i'));
  await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Washington']);
  await expect(page.locator('.answer-context a')).toHaveAttribute('href', `/${MADE_UP}/`);
});
