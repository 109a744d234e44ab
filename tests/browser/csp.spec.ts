import { watchPolicyViolations } from './csp-violations';
import { expect, INTERVIEW, READING, test } from './fixtures';
import { openEveryGloss } from './measure-glosses';
import { resultLinkTo, searchDialog, searchField, settledResults } from './search';

// Every page of both builds is loaded, and watched for violations, by axe-every-page.spec.ts.

test('opening every gloss on a phone, and hovering them on a wide screen, breaks no rule of the policy', async ({
  page,
}) => {
  const violations = await watchPolicyViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(READING);
  // Each mention is clicked, and each hovered, from the page: the same handlers as a reader's
  // pointer runs, in one round trip rather than over a hundred.
  const mentions = page.locator('.mention[role="button"]');
  // The inline mode's code is fetched after load: its buttons are there once it has run.
  await expect.poll(() => mentions.count()).toBeGreaterThan(40);
  await openEveryGloss(page);
  await expect(page.locator('.mention[aria-expanded="false"]')).toHaveCount(0);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('.mention[role="button"]')).toHaveCount(0);
  const hovered = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.mention')];
    for (const mention of all) {
      mention.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      mention.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    }
    return all.length;
  });
  expect(hovered).toBeGreaterThan(40);
  expect(violations).toEqual([]);
});

test('a search from the button to the highlighted answer breaks no rule of the policy', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await page.goto(READING);
  await page.getByRole('button', { name: /Search/ }).click();
  await searchField(page).fill('Kazakhstan');
  await settledResults(page, 'Kazakhstan');
  await searchDialog(page).locator('pagefind-filter-pane summary').first().click();
  await resultLinkTo(page, `/${INTERVIEW}/history/`).click();
  await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Kazakhstan']);
  expect(violations).toEqual([]);
});

test('the listener these tests use does catch a violation: an injected inline script', async ({
  page,
  expectConsole,
}) => {
  expectConsole(/Content Security Policy/);
  const violations = await watchPolicyViolations(page);
  await page.goto(READING);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' });
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'ran');
});
