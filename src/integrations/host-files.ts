import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../host/headers';
import { htmlFilesIn } from '../host/html-files';

/**
 * Writes `_headers`, which a host reads beside the pages: `public/_headers` under the base path,
 * with HTML's caching rule for every page. (The sitemap is @astrojs/sitemap's, and robots.txt is
 * the page `src/pages/robots.txt.ts`.)
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const headersPath = join(out, '_headers');
        writeFileSync(headersPath, headersFile(readFileSync(headersPath, 'utf8'), base, htmlFilesIn(out)));
      },
    },
  };
}
