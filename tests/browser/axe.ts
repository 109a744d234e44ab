import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Puts axe into every document the page loads from now on, before the page's own scripts, so that
 * many runs on one document (each width and colour scheme) share one copy. Call it before `goto`.
 */
export async function loadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axe.source });
}

/** What axe finds wrong with the page as it stands, one line per rule, with the elements. */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe?: typeof axe };
    if (!inPage) throw new Error('axe is not in this document: call loadAxe(page) before loading it');
    // Only violations are reported, so axe need not keep the details of every rule that passed.
    const { violations: found } = await inPage.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return found.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, TAGS);
}
