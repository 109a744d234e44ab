import { PORT, SUB_PORT } from '../../playwright.config';
import { SUB_BASE, SUB_DIST } from '../../scripts/test-builds.mjs';
import { loadAxe, violations } from './axe';
import { watchPolicyViolations } from './csp-violations';
import { expect, test } from './fixtures';
import { builtPaths, sitemapPaths } from './site-pages';

const WIDTHS = [360, 1440];
const COLOR_SCHEMES = ['light', 'dark'] as const;

// Each page is loaded twice, once a width, with every securitypolicyviolation event recorded from
// before its first script runs.
const BUILDS = [
  // Every page of the sitemap, and the error page, which a sitemap never lists.
  { origin: `http://127.0.0.1:${PORT}`, paths: [...sitemapPaths(), '/404.html'] },
  // The build under a base path has no site, so no sitemap: every page it holds.
  { origin: `http://127.0.0.1:${SUB_PORT}`, paths: builtPaths(SUB_DIST, SUB_BASE) },
];

for (const { origin, paths } of BUILDS) {
  for (const path of paths) {
    test(`${path} (port ${new URL(origin).port}): axe finds nothing wrong at 360 and 1440 px, light and dark, and nothing breaks the page's Content Security Policy`, async ({
      page,
    }) => {
      const found: string[] = [];
      const policyViolations = await watchPolicyViolations(page);
      await loadAxe(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}${path}`);
        // The scheme switches in place, as it does when a reader's system changes it.
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await violations(page)).map((violation) => `${width} px, ${colorScheme}: ${violation}`));
        }
      }
      expect(found).toEqual([]);
      expect(policyViolations).toEqual([]);
    });
  }
}

test('the axe run these tests use reports what is wrong: an image with no text alternative', async ({ page }) => {
  await loadAxe(page);
  await page.goto('/actors/sco/');
  expect(await violations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
  expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
});
