import { expect, INTERVIEW, READING, test } from './fixtures';

test.use({ javaScriptEnabled: false });

for (const width of [360, 1440]) {
  test(`without JavaScript at ${width} px, every gloss is on the page and readable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    const glosses = page.locator('.gloss');
    const count = await glosses.count();
    expect(count).toBeGreaterThan(40);
    for (let index = 0; index < count; index++) await expect(glosses.nth(index)).toBeVisible();
  });
}

test('without JavaScript on a wide screen, glosses sit in the margins beside their paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('.passage')].every((passage) => {
      const text = passage.querySelector('p')!.getBoundingClientRect();
      return [...passage.querySelectorAll('.gloss')].every((gloss) => {
        const rect = gloss.getBoundingClientRect();
        return (rect.right <= text.left || rect.left >= text.right) && rect.top >= text.top - 1;
      });
    }),
  );
  expect(outside).toBe(true);
});

test('without JavaScript, a mention links to its gloss, and Back returns to the mention', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(READING);
  await page.locator('#mention-war-asean').click();
  await expect(page).toHaveURL(/#gloss-war-asean$/);
  await expect(page.locator('#gloss-war-asean')).toBeInViewport();
  // The link back is the script's (gloss-layout.ts); without it, the browser's Back does the same.
  await expect(page.locator('#gloss-war-asean .gloss-back')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('#mention-war-asean')).toBeInViewport();
});

test('without JavaScript, the answer link is a plain link to the answer’s page', async ({ page }) => {
  await page.goto(READING);
  await page.locator('#war').getByRole('link', { name: 'Link to this answer' }).click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/war/$`));
  await expect(page.locator('h1')).toHaveText(
    'Besides emphasizing their friendship with Russia, China has no intention of joining this war?',
  );
});

test('without JavaScript, the search control says search needs it and links to the who’s who', async ({ page }) => {
  await page.goto(READING);
  const header = page.getByRole('banner');
  await expect(header.getByText('Search needs JavaScript.')).toBeVisible();
  await expect(header.getByRole('button', { name: /Search/ })).toBeHidden();
  await header.locator('.site-search-nojs').getByRole('link', { name: 'who’s who' }).click();
  await expect(page).toHaveURL(/\/actors\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who’s who');
});

test('without JavaScript, an actor’s page links each mention to its paragraph, which opens highlighted', async ({
  page,
}) => {
  await page.goto('/actors/kazakhstan/');
  await page.locator('.mention-list a').first().click();
  await expect(page).toHaveURL(/\/china-russia-relations\/history\/#history-2$/);
  await expect(page.locator('#history-2')).toBeInViewport();
  await expect(page.locator('#history-2')).toContainText('Kazakhstan');
});

test('without JavaScript, an editors’ note shows after its paragraph and links back to its words', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${READING}#editor-note-states-of-the-states`);
  const note = page.locator('#editor-note-states-of-the-states');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Editors’ note');
  await note.getByRole('link', { name: 'Back to the words this note is about' }).click();
  await expect(page.locator('#noted-states-of-the-states')).toBeInViewport();
});

test('without JavaScript, the header and the question lists lead to every part of the site', async ({ page }) => {
  await page.goto(READING);
  const header = page.getByRole('banner');
  for (const [name, path, heading] of [
    ['Who’s who', '/actors/', 'Who’s who'],
    ['Memberships', '/memberships/', 'Who belongs to what'],
    ['Timeline', '/timeline/', 'Timelines'],
  ] as const) {
    await header.getByRole('navigation', { name: 'Site' }).getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.locator(`.archive-list a[href="${READING}timeline/"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await header.locator('.site-name').click();
  await expect(page).toHaveURL(/\/$/);
  await page.locator(`.story-title a[href="${READING}"]`).click();
  await page.getByRole('navigation', { name: 'The questions' }).getByRole('link').nth(2).click();
  await expect(page).toHaveURL(new RegExp(`${READING}#war$`));
  await expect(page.locator('#war')).toBeInViewport();
});

test('without JavaScript, an answer’s page leads to the next question and back', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/history/`);
  await page.locator('main a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/dependence/$`));
  await page.locator('main a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`/${INTERVIEW}/history/$`));
});

for (const path of [`${READING}#war-2`, `/${INTERVIEW}/war/#war-2`]) {
  test(`without JavaScript, the deep link ${path} opens on its paragraph`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const paragraph = page.locator('#war-2');
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toContainText('No country in Africa, Latin America or ASEAN has initiated sanctions');
  });
}

test('without JavaScript, the print view keeps every gloss as a note and leaves out the controls', async ({ page }) => {
  await page.goto(READING);
  await page.emulateMedia({ media: 'print' });
  const glosses = page.locator('.gloss');
  const count = await glosses.count();
  expect(count).toBeGreaterThan(40);
  for (let index = 0; index < count; index++) await expect(glosses.nth(index)).toBeVisible();
  for (const hidden of ['.site-header', '.skip-link', 'copy-link', '.contents', '.answer-head > a'])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.locator('.answer p').first()).toBeVisible();
});
