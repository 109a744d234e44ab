import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

type Violations = { id: string; nodes: { target: unknown[] }[] }[];
const describe = (found: Violations) =>
  found.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

/** What axe finds wrong with the page as it stands, one line per rule, with the elements. */
export async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return describe(found);
}

/**
 * Puts axe into every document the page loads, once, so that many runs on one page (every width
 * and colour scheme) do not each inject it again, as AxeBuilder does.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axe.source });
}

/** Like `violations`, on a page given `preloadAxe`; `rules` limits the run to those rules. */
export async function preloadedViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const found = await page.evaluate(
    async ({ tags, rules }) => {
      const options = rules
        ? { runOnly: { type: 'rule' as const, values: rules } }
        : { runOnly: { type: 'tag' as const, values: tags } };
      const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, options);
      return violations.map(({ id, nodes }) => ({ id, nodes: nodes.map(({ target }) => ({ target: [...target] })) }));
    },
    { tags: TAGS, rules: rules ? [...rules] : undefined },
  );
  return describe(found);
}
