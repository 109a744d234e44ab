import { PORT, SUB_PORT } from '../../playwright.config';
import { SUB_BASE, SUB_DIST } from '../../scripts/test-builds.mjs';
import { watchPolicyViolations } from './csp-violations';
import { expect, INTERVIEW, test } from './fixtures';
import { resultLinkTo, searchDialog, searchField, settledResults } from './search';
import { builtPaths, sitemapPaths } from './site-pages';

const BUILDS = [
  { name: 'the site', origin: `http://127.0.0.1:${PORT}`, paths: [...sitemapPaths(), '/404.html'] },
  { name: 'the site under /sub/', origin: `http://127.0.0.1:${SUB_PORT}`, paths: builtPaths(SUB_DIST, SUB_BASE) },
];

for (const { name, origin, paths } of BUILDS) {
  test(`loading every page of ${name} breaks no rule of its Content Security Policy`, async ({ page }) => {
    const violations = await watchPolicyViolations(page);
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // Scripts that wait for idle time or a frame run before the next page.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    expect(paths.length).toBeGreaterThan(45);
    expect(violations).toEqual([]);
  });
}

test('opening every gloss on a phone, and hovering them on a wide screen, breaks no rule of the policy', async ({
  page,
}) => {
  const violations = await watchPolicyViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  const mentions = page.locator('.mention[role="button"]');
  const count = await mentions.count();
  expect(count).toBeGreaterThan(40);
  for (let index = 0; index < count; index++) {
    await mentions.nth(index).click();
    await expect(mentions.nth(index)).toHaveAttribute('aria-expanded', 'true');
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const mention of await page.locator('.mention').all()) await mention.hover();
  expect(violations).toEqual([]);
});

test('a search from the button to the highlighted answer breaks no rule of the policy', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await page.goto('/');
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
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' });
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'ran');
});
