import { expect, READING, test } from './fixtures';

test.use({ viewport: { width: 360, height: 800 } });

test.beforeEach(async ({ page }) => {
  await page.goto(READING);
});

test('a reader on a 360 px phone can open the SCO gloss with Enter and close it with Space', async ({ page }) => {
  const mention = page.locator('#mention-history-sco');
  const gloss = page.locator('#gloss-history-sco');
  await expect(mention).toHaveAttribute('role', 'button');
  await expect(mention).toHaveAttribute('aria-expanded', 'false');
  await expect(gloss).toBeHidden();

  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(mention).toHaveAttribute('aria-expanded', 'true');
  await expect(gloss).toBeVisible();
  await expect(gloss).toContainText('Founded in Shanghai on 15 June 2001');

  await page.keyboard.press('Space');
  await expect(mention).toHaveAttribute('aria-expanded', 'false');
  await expect(gloss).toBeHidden();
});

test('Esc closes an open gloss and returns focus to its mention, even from inside the gloss', async ({ page }) => {
  const mention = page.locator('#mention-history-nato');
  await mention.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('#gloss-history-nato .gloss-name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mention).toHaveAttribute('aria-expanded', 'false');
  await expect(mention).toBeFocused();
});

test('an open gloss appears right under the line of its mention, keeping the punctuation that follows it', async ({
  page,
}) => {
  await page.locator('#mention-history-cold-war').click();
  const placement = await page.evaluate(() => {
    const mention = document.getElementById('mention-history-cold-war')!;
    const gloss = document.getElementById('gloss-history-cold-war')!;
    return {
      inParagraph: gloss.parentElement?.id,
      before: gloss.previousSibling?.textContent,
      gap: gloss.getBoundingClientRect().top - mention.getBoundingClientRect().bottom,
    };
  });
  expect(placement.inParagraph).toBe('history-1');
  expect(placement.before).toBe(',');
  expect(placement.gap).toBeGreaterThanOrEqual(0);
  expect(placement.gap).toBeLessThan(40);
});

test('closing a gloss gives the paragraph back its exact words and structure', async ({ page }) => {
  const paragraph = page.locator('#history-1');
  // Each child as its kind and its text: the words, and how they are split into nodes.
  const structure = () =>
    paragraph.evaluate((p) => [...p.childNodes].map((node) => `${node.nodeName}: ${node.textContent}`));
  const before = await structure();
  await page.locator('#mention-history-cold-war').click();
  expect(await structure()).not.toEqual(before);
  await page.locator('#mention-history-cold-war').click();
  expect(await structure()).toEqual(before);
});

test('every mention is a target of at least 24 by 24 px', async ({ page }) => {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.mention')].flatMap((mention) => {
      const rect = mention.getBoundingClientRect();
      return rect.width >= 24 && rect.height >= 24 ? [] : [`${mention.textContent}: ${rect.width}×${rect.height}`];
    }),
  );
  expect(small).toEqual([]);
});

test('turning a phone to a wide screen puts every gloss back in the margin', async ({ page }) => {
  await page.locator('#mention-history-sco').click();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('#mention-history-sco')).not.toHaveAttribute('aria-expanded');
  expect(
    await page.locator('#gloss-history-sco').evaluate((gloss) => gloss.parentElement?.classList.contains('glosses')),
  ).toBe(true);
});

test('a link to a gloss opens it under its mention, in view', async ({ page }) => {
  await page.goto(`${READING}#gloss-war-brics`);
  await expect(page.locator('#mention-war-brics')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#gloss-war-brics')).toBeVisible();
  await expect(page.locator('#gloss-war-brics')).toBeInViewport();
});

test('following a link to a gloss from within the page opens it too', async ({ page }) => {
  await page.evaluate(() => (location.hash = '#gloss-future-joe-biden'));
  await expect(page.locator('#gloss-future-joe-biden')).toBeInViewport();
  await expect(page.locator('#mention-future-joe-biden')).toHaveAttribute('aria-expanded', 'true');
});
