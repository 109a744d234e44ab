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
    recordProblems(page, problems);
    await use(page);
  },
});

/** The hosts the tests' own servers answer on; the browser resolves no other (playwright.config.ts). */
const OWN_HOSTS = ['127.0.0.1', 'localhost'];

/**
 * Adds to `problems` every error or warning the page logs, every uncaught error, and every request
 * to another host. It only listens: intercepting every request (`page.route`) would turn off the
 * HTTP cache and pause each request for the test to decide, which made the tests 6% slower.
 */
export function recordProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are the page's own bytes.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !OWN_HOSTS.includes(url.hostname))
      problems.push(`third-party request: ${request.url()}`);
  });
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
