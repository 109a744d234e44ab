import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/test-builds.mjs';
import { BUDGET } from '../build/budget/budget';
import { brotliSize } from '../build/budget/page-weight';
import { expect, INTERVIEW, MADE_UP, READING, test } from './fixtures';

/*
 * The build tests weigh the scripts a page names and what they import statically. A page also
 * imports code on load that its width decides (the glosses' margin or inline mode), which only a
 * browser shows: here every script a page fetches before it settles is weighed, as a host would
 * send it, at a phone's width and a desktop's.
 */
const PAGES = [READING, `/${INTERVIEW}/history/`, `/${MADE_UP}/`];

for (const path of PAGES)
  for (const width of [360, 1440])
    test(`at ${width} px, ${path} fetches at most ${BUDGET.scriptOnLoad} bytes of script on load, its inline scripts included`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
      });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
          .map((script) => script.textContent ?? ''),
      );
      const files = scripts.map((file) => brotliSize(readFileSync(join(DIST, decodeURIComponent(file)))));
      const total = [...files, ...inline.map(brotliSize)].reduce((sum, bytes) => sum + bytes, 0);
      expect(scripts.length, 'the page runs scripts').toBeGreaterThan(0);
      expect(total, scripts.join(', ')).toBeLessThanOrEqual(BUDGET.scriptOnLoad);
    });
