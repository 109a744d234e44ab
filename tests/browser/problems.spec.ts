import { expect, test } from '@playwright/test';
import { recordProblems } from './fixtures';

// The watcher every test uses (fixtures.ts) must see what it is there to catch. The site's
// policy would stop the request before it left the page, so these pages' policy is set aside.
test.use({ bypassCSP: true });

test('the watcher these tests use records a request to another host, which does not reach it', async ({ page }) => {
  const problems: string[] = [];
  recordProblems(page, problems);
  await page.goto('/');
  const reached = await page.evaluate(() =>
    fetch('https://tracker.example/pixel.gif', { mode: 'no-cors' }).then(
      () => true,
      () => false,
    ),
  );
  expect(reached).toBe(false);
  expect(problems).toContain('third-party request: https://tracker.example/pixel.gif');
});

test('the watcher these tests use records what the page logs as an error', async ({ page }) => {
  const problems: string[] = [];
  recordProblems(page, problems);
  await page.goto('/');
  await page.evaluate(() => console.error('something broke'));
  expect(problems).toEqual(['error: something broke']);
});
