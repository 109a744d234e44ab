import { test as base, expect, type Page } from '@playwright/test';

export { expect };

interface Fixtures {
  /** Console messages a test expects, such as the 404 of a missing page; anything else fails it. */
  expectConsole: (pattern: RegExp) => void;
}

/**
 * Every test fails if the page logs an error or warning it did not expect, or asks any host
 * but this one for anything.
 */
export const test = base.extend<Fixtures & { problems: string[] }>({
  problems: async ({}, use) => use([]),
  expectConsole: async ({ problems }, use) => {
    const expected: RegExp[] = [];
    await use((pattern) => expected.push(pattern));
    const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    expect(unexpected, 'the console stays empty and nothing is fetched from another host').toEqual([]);
  },
  page: async ({ page, problems, expectConsole }, use) => {
    void expectConsole;
    await recordProblems(page, problems);
    await use(page);
  },
});

/**
 * Adds to `problems` every error or warning the page logs, every uncaught error, and every request
 * to a host but this one, which it blocks.
 */
export async function recordProblems(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      problems.push(`third-party request: ${route.request().url()}`);
      return route.abort();
    },
  );
}

export const INTERVIEW = 'china-russia-relations';
/** The second interview of the tested edition: made up for the tests (tests/fixtures/edition/), and newer. */
export const MADE_UP = 'a-made-up-interview';
/** The interview's reading page, the whole interview with its glosses. */
export const READING = `/${INTERVIEW}/`;
/** Below this width, mentions open their glosses inline; at and above it, glosses sit in the margins. */
export const WIDE_FROM = 1100;
/** From this width glosses use both margins; below it, from `WIDE_FROM`, the right one. */
export const TWO_MARGINS_FROM = 1280;
