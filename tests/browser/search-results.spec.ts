import { expect, INTERVIEW, MADE_UP, READING, test } from './fixtures';
import {
  answersIn,
  resultLinks,
  searchDialog,
  searchField,
  searchFor,
  settledResults,
  typeQuery,
  withOpenSearch,
} from './search';

const answer = (slug: string) => `/${INTERVIEW}/${slug}/`;

/** Queries a reader may type, and the answers that must come back: names the text uses, and names it does not. */
const FINDS: [query: string, answers: string[], why: string][] = [
  ['Kazakhstan', ['history'], 'a country the text names'],
  ['BRICS', ['war'], 'an organisation the text names'],
  ['16+1', ['dependence'], 'the format written without spaces'],
  ['16 + 1', ['dependence'], 'the format written as the text has it'],
  ['17+1', ['dependence'], 'a later name of the format, which the text never uses'],
  ['China–CEEC', ['dependence'], 'the format’s official short name, with an en dash'],
  ['China-CEEC', ['dependence'], 'the same name typed with a hyphen'],
  ['Shanghai Cooperation Organisation', ['history'], 'the SCO in British spelling, where the text has “Organization”'],
  ['SCO', ['history'], 'the SCO’s abbreviation'],
  ['Xi', ['future'], 'a person by a short name'],
  ['NATO', ['history', 'future'], 'an organisation two answers name'],
  ['North Atlantic Treaty Organization', ['history', 'future'], 'NATO by its full name, which the text never uses'],
];

for (const [query, expected, why] of FINDS) {
  withOpenSearch(`searching “${query}” (${why}) finds ${expected.join(' and ')}`, async ({ openSearch }) => {
    const { page } = openSearch;
    await typeQuery(page, query);
    const found = answersIn(await settledResults(page, query));
    expect(found.sort()).toEqual(expected.map(answer).sort());
  });
}

test('searching “United Nations” finds the answers that mention a UN body, though neither text says “Nations” alone', async ({
  page,
}) => {
  const found = answersIn(await searchFor(page, 'United Nations'));
  expect(found).toEqual(expect.arrayContaining([answer('history'), answer('war')]));
});

test('searching “Kazakhstan” offers the Kazakhstan entry first, then the answer that mentions it', async ({ page }) => {
  const found = await searchFor(page, 'Kazakhstan');
  expect(found.slice(0, 2)).toEqual(['/actors/kazakhstan/', answer('history')]);
  await expect(resultLinks(page).first()).toHaveText('Who’s who: Kazakhstan');
});

test('an answer’s result shows its question as the title and an excerpt with the match marked', async ({ page }) => {
  await searchFor(page, 'Kazakhstan');
  const result = searchDialog(page)
    .locator('pagefind-results li')
    .filter({ has: page.locator(`a[href^="${answer('history')}"]`) });
  await expect(result.locator('.pf-result-title')).toHaveText(
    'Historically, what are the diplomatic relations between China and Russia?',
  );
  await expect(result.locator('.pf-result-excerpt mark')).toHaveText(/^Kazakhstan/);
  await expect(result.locator('.pf-result-excerpt mark')).toBeVisible();
});

test('an answer is never found by words of a gloss, which are the editors’, not the interviewee’s', async ({
  page,
}) => {
  // “Singapore” appears only in the editors’ gloss and entry on ASEAN: the entry is found, no answer is.
  expect(await searchFor(page, 'Singapore')).toEqual(['/actors/asean/']);
});

test('the filters offer the result type, the kinds of actor, the actors and the interviews, and they narrow the results', async ({
  page,
}) => {
  await searchFor(page, 'Russia');
  const groups = searchDialog(page).locator('pagefind-filter-pane summary');
  await expect(groups).toHaveText([/Actor/, /Interview/, /Kind of actor/, /Result type/]);
  await groups.filter({ hasText: 'Result type' }).click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^Answer/ })
    .check();
  expect((await settledResults(page)).sort()).toEqual(['dependence', 'future', 'history', 'war'].map(answer).sort());
  await groups.filter({ hasText: 'Kind of actor' }).click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^Person/ })
    .check();
  expect((await settledResults(page)).sort()).toEqual([answer('history'), answer('future')].sort());
});

test('filtering by an actor keeps the answers that mention it, and its own entry', async ({ page }) => {
  await searchFor(page, 'China');
  await searchDialog(page)
    .locator('pagefind-filter-pane summary')
    .filter({ hasText: /^Actor/ })
    .click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^BRICS/ })
    .check();
  expect((await settledResults(page)).sort()).toEqual(['/actors/brics/', answer('war'), `/${MADE_UP}/summits/`].sort());
});

test('a reader can pick a result with the arrow keys and Enter, and lands on it', async ({ page }) => {
  await page.goto(READING);
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('Kazakhstan');
  // Results for the whole word, not for the letters typed on the way there.
  await settledResults(page, 'Kazakhstan');
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${answer('history')}\\?pagefind-highlight=kazakhstan$`, 'i'));
});

test('the field keeps the query after results arrive, so the reader can refine it', async ({ page }) => {
  await searchFor(page, 'Kazakhstan');
  await expect(searchField(page)).toHaveValue('Kazakhstan');
});
