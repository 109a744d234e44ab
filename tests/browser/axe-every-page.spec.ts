import type { Page } from '@playwright/test';
import { distOrigin, subOrigin } from './origins';
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

// Eighty pages, twenty of them loaded twice: one browser page a worker, with axe and the watchers set up
// once, spares each test a new browser context, which costs more on this machine than the audit.
const test = base.extend<object, { audited: AuditedPage }>({
  audited: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      recordProblems(page, problems);
      const policyViolations = await watchPolicyViolations(page);
      await loadAxe(page);
      await use({ page, problems, policyViolations });
      await page.close();
    },
    { scope: 'worker' },
  ],
});

type Audit = readonly [width: number, colorScheme: 'light' | 'dark'];
const EVERY_WIDTH_AND_SCHEME: readonly Audit[] = [
  [360, 'light'],
  [360, 'dark'],
  [1440, 'light'],
  [1440, 'dark'],
];
const isActorEntry = (path: string) => /\/actors\/[^/]+\/$/.test(path);

/**
 * The who's who entries share one template without glosses, so what differs from entry to
 * entry is content, which reads the same at any width and in either scheme: each entry is audited
 * once, the pairings taking turns, so each pairing of width and scheme is audited on a quarter of them.
 */
function entriesOnceEach(paths: readonly string[]): (path: string) => readonly Audit[] {
  const entries = paths.filter(isActorEntry);
  return (path) =>
    isActorEntry(path)
      ? [EVERY_WIDTH_AND_SCHEME[entries.indexOf(path) % EVERY_WIDTH_AND_SCHEME.length]!]
      : EVERY_WIDTH_AND_SCHEME;
}

/** Every page of the first build's sitemap, and the error page, which a sitemap never lists. */
const SITE_PAGES = [...sitemapPaths(), '/404.html'];

const BUILDS = [
  // At both widths in both colour schemes (each who's who entry in one of the four pairings).
  { origin: distOrigin(), paths: SITE_PAGES, auditsOf: entriesOnceEach(SITE_PAGES) },
  // The build under a base path has no site, so no sitemap: its pages, one who's who entry standing
  // for the forty. They differ from the first build's only in their URLs, so each is checked once,
  // on a phone, where scripts turn mentions into toggles: what a base path can break (a stylesheet,
  // a script, a link) breaks at every width and in both schemes. The build tests check every link
  // and every page's policy in this build.
  {
    origin: subOrigin(),
    paths: builtPaths(SUB_DIST, SUB_BASE).filter(
      (path, index, all) => !isActorEntry(path) || all.findIndex(isActorEntry) === index,
    ),
    auditsOf: (): readonly Audit[] => [[360, 'light']],
  },
];

/** `360 px, light and dark; 1440 px, light`. */
const describeAudits = (audits: readonly Audit[]) =>
  [...Map.groupBy(audits, ([width]) => width)]
    .map(([width, ofWidth]) => `${width} px, ${ofWidth.map(([, scheme]) => scheme).join(' and ')}`)
    .join('; ');

for (const { origin, paths, auditsOf } of BUILDS) {
  paths.forEach((path) => {
    const audits = auditsOf(path);
    test(`${path}: axe finds nothing wrong at ${describeAudits(audits)}, and nothing breaks the page's Content Security Policy`, async ({
      audited: { page, problems, policyViolations },
    }) => {
      problems.length = 0;
      policyViolations.length = 0;
      const found: string[] = [];
      // Each page is loaded once a width, so its scripts lay it out for that width from the start.
      for (const [width, ofWidth] of Map.groupBy(audits, ([auditWidth]) => auditWidth)) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}${path}`);
        // The scheme switches in place, as it does when a reader's system changes it.
        for (const [, colorScheme] of ofWidth) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await violations(page)).map((violation) => `${width} px, ${colorScheme}: ${violation}`));
        }
      }
      expect(found).toEqual([]);
      expect(policyViolations).toEqual([]);
      expect(problems, 'the console stays empty and nothing is fetched from another host').toEqual([]);
    });
  });
}

test('the axe run these tests use reports what is wrong: an image with no text alternative', async ({ page }) => {
  await loadAxe(page);
  await page.goto('/actors/sco/');
  expect(await violations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
  expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
});
