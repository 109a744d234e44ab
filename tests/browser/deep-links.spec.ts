import { expect, INTERVIEW, READING, test } from './fixtures';

for (const width of [360, 1440]) {
  test(`at ${width} px, a link to an answer opens with its question in view and unobscured`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${READING}#future`);
    await expect(page.locator('#future')).toBeInViewport();
    const heading = page.locator('#future h2');
    const unobscured = await heading.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2);
      return rect.top >= 0 && rect.top < innerHeight / 3 && element.contains(hit);
    });
    expect(unobscured).toBe(true);
  });
}

test('a link to the second paragraph of an answer opens on that paragraph, highlighted', async ({ page }) => {
  await page.goto(`${READING}#dependence-2`);
  const paragraph = page.locator('#dependence-2');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toHaveText(/^China has no interest in breaking this dynamic/);
  const background = await paragraph.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a link to an unknown fragment still opens the page at the top', async ({ page }) => {
  await page.goto(`${READING}#no-such-answer`);
  await expect(page.locator('h1')).toBeInViewport();
});

for (const width of [360, 1440]) {
  test(`at ${width} px, a fragment that is not valid percent-encoding, #%zz, opens the page at the top with no error`, async ({
    page,
  }) => {
    // The fixture fails the test on any page error, such as URI malformed from a script.
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${READING}#%zz`);
    await expect(page.locator('h1')).toBeInViewport();
    await page.evaluate(() => (location.hash = '#%E0%A4%A'));
    await page.setViewportSize({ width: width + 40, height: 800 });
    await expect(page.locator('.gloss').first()).toBeAttached();
  });
}

test('each answer’s page has the question as its title and links to its neighbours', async ({ page }) => {
  await page.goto(`/${INTERVIEW}/dependence/`);
  // Question and site name together pass 70 characters, so the title is the question alone.
  await expect(page).toHaveTitle('How dependent are Russia and China on each other?');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${INTERVIEW}/history/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/${INTERVIEW}/war/`);
  await page.getByRole('link', { name: 'Read this answer in the full interview' }).click();
  await expect(page).toHaveURL(/\/#dependence$/);
  await expect(page.locator('#dependence')).toBeInViewport();
});

test('the answer link copies the answer’s page URL and says so, without leaving the page', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(READING);
  const control = page.locator('#war copy-link');
  await control.getByRole('link', { name: 'Link to this answer' }).click();
  await expect(control.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${INTERVIEW}/war/`);
  await expect(page).toHaveURL(`${baseURL}${READING}`);
});

test('copying an answer copies the interview’s words and no gloss or editors’ note', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.getElementById('history-1')!);
    range.setEndAfter(document.getElementById('history-2')!.parentElement!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('The relationship between Russia and China is contemporary.');
  expect(copied).toContain('in the economy and commercial exchange between the two countries has developed.');
  expect(copied).not.toContain('As of');
  expect(copied).not.toContain('successor state of the Soviet Union');
  expect(copied).not.toContain('Editors’ note');
});

test('an address that does not exist gets the 404 page', async ({ page, expectConsole }) => {
  expectConsole(/404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('There is no page at this address');
});

/*
 * Answers off screen are not laid out until the reader nears them (content-visibility: auto): a
 * link into one must still land on its target, and Back must still return to where the reader was,
 * on a slow phone's CPU, with or without JavaScript.
 */
for (const javaScriptEnabled of [true, false])
  test.describe(`at 4× CPU throttle, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    // With JavaScript a narrow screen opens glosses in place: a mention is a link to its gloss from 1100 px.
    test.use({ javaScriptEnabled, viewport: { width: javaScriptEnabled ? 1440 : 360, height: 800 } });

    for (const fragment of ['future-3', 'gloss-war-asean', 'mention-future-xi-jinping'])
      test(`a link to #${fragment}, in an answer off screen, lands on it`, async ({ page, context }) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${READING}#${fragment}`);
        await expect(page.locator(`#${fragment}`)).toBeInViewport();
      });

    test('Back from a gloss returns to its mention', async ({ page, context }) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(READING);
      await page.locator('#mention-war-asean').click();
      await expect(page).toHaveURL(/#gloss-war-asean$/);
      await page.goBack();
      await expect(page.locator('#mention-war-asean')).toBeInViewport();
    });
  });
