import type { Page } from '@playwright/test';
import { PORT, SUB_PORT } from '../../playwright.config';
import { SUB_BASE, SUB_DIST } from '../../scripts/test-builds.mjs';
import { loadAxe, violations } from './axe';
import { watchPolicyViolations, type Violation } from './csp-violations';
import { expect, recordProblems, test as base } from './fixtures';
import { builtPaths, sitemapPaths } from './site-pages';

interface AuditedPage {
  page: Page;
  /** Console errors and warnings, uncaught errors and third-party requests since the test began. */
  problems: string[];
  /** Every `securitypolicyviolation` event since the test began. */
  policyViolations: Violation[];
}

// A hundred pages, each loaded twice: one browser page a worker, with axe and the watchers set up
// once, spares each test a new browser context, which costs more on this machine than the audit.
const test = base.extend<object, { audited: AuditedPage }>({
  audited: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      await recordProblems(page, problems);
      const policyViolations = await watchPolicyViolations(page);
      await loadAxe(page);
      await use({ page, problems, policyViolations });
      await page.close();
    },
    { scope: 'worker' },
  ],
});

const BUILDS = [
  // Every page of the sitemap, and the error page, which a sitemap never lists, at both widths in
  // both colour schemes.
  {
    origin: `http://127.0.0.1:${PORT}`,
    paths: [...sitemapPaths(), '/404.html'],
    widths: [360, 1440],
    colorSchemes: ['light', 'dark'] as const,
  },
  // The build under a base path has no site, so no sitemap: every page it holds. Its pages differ
  // from the first build's only in their URLs, so each is checked once, on a phone, where scripts
  // turn mentions into toggles: what a base path can break (a stylesheet, a script, a link) breaks
  // at every width and in both schemes.
  {
    origin: `http://127.0.0.1:${SUB_PORT}`,
    paths: builtPaths(SUB_DIST, SUB_BASE),
    widths: [360],
    colorSchemes: ['light'] as const,
  },
];

for (const { origin, paths, widths, colorSchemes } of BUILDS) {
  for (const path of paths) {
    test(`${path} (port ${new URL(origin).port}): axe finds nothing wrong at ${widths.join(' and ')} px, ${colorSchemes.join(' and ')}, and nothing breaks the page's Content Security Policy`, async ({
      audited: { page, problems, policyViolations },
    }) => {
      problems.length = 0;
      policyViolations.length = 0;
      const found: string[] = [];
      // Each page is loaded once a width, so its scripts lay it out for that width from the start.
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}${path}`);
        // The scheme switches in place, as it does when a reader's system changes it.
        for (const colorScheme of colorSchemes) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await violations(page)).map((violation) => `${width} px, ${colorScheme}: ${violation}`));
        }
      }
      expect(found).toEqual([]);
      expect(policyViolations).toEqual([]);
      expect(problems, 'the console stays empty and nothing is fetched from another host').toEqual([]);
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
