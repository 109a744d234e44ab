import { expect, INTERVIEW, test } from './fixtures';
import { resultLinks, searchDialog, searchField, searchFor, settledResults } from './search';

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
  test(`searching “${query}” (${why}) finds ${expected.join(' and ')}`, async ({ page }) => {
    const found = await searchFor(page, query);
    expect(found.sort()).toEqual(expected.map(answer).sort());
  });
}

test('searching “United Nations” finds the answers that mention a UN body, though neither text says “Nations” alone', async ({
  page,
}) => {
  const found = await searchFor(page, 'United Nations');
  expect(found).toEqual(expect.arrayContaining([answer('history'), answer('war')]));
});

test('each result shows its question as the title and an excerpt with the match marked', async ({ page }) => {
  await searchFor(page, 'Kazakhstan');
  const result = searchDialog(page).locator('pagefind-results li').first();
  await expect(result.locator('.pf-result-title')).toHaveText(
    'Historically, what are the diplomatic relations between China and Russia?',
  );
  await expect(result.locator('.pf-result-excerpt mark')).toHaveText(/^Kazakhstan/);
  await expect(result.locator('.pf-result-excerpt mark')).toBeVisible();
});

test('an excerpt holds only the interviewee’s words, never a gloss', async ({ page }) => {
  await searchFor(page, 'Singapore');
  // “Singapore” appears only in the editors’ gloss on ASEAN, so nothing may be found.
  await expect(searchDialog(page).locator('pagefind-summary')).toHaveText(/^No results/);
});

test('the filters offer the kinds of actor and the actors, and a kind narrows the results', async ({ page }) => {
  const all = await searchFor(page, 'Russia');
  expect(all).toHaveLength(4);
  const groups = searchDialog(page).locator('pagefind-filter-pane summary');
  await expect(groups).toHaveText([/Actor/, /Kind of actor/]);
  await groups.filter({ hasText: 'Kind of actor' }).click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^Person/ })
    .check();
  const withPeople = await settledResults(page);
  expect(withPeople.sort()).toEqual([answer('history'), answer('future')].sort());
});

test('filtering by an actor keeps the answers that mention it', async ({ page }) => {
  await searchFor(page, 'China');
  await searchDialog(page)
    .locator('pagefind-filter-pane summary')
    .filter({ hasText: /^Actor/ })
    .click();
  await searchDialog(page)
    .getByRole('checkbox', { name: /^BRICS/ })
    .check();
  expect(await settledResults(page)).toEqual([answer('war')]);
});

test('a reader can pick a result with the arrow keys and Enter, and lands on that answer', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('Kazakhstan');
  await expect(resultLinks(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${answer('history')}\\?pagefind-highlight=kazakhstan$`, 'i'));
});

test('the field keeps the query after results arrive, so the reader can refine it', async ({ page }) => {
  await searchFor(page, 'Kazakhstan');
  await expect(searchField(page)).toHaveValue('Kazakhstan');
});
