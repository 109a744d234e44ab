import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from '../host/html-files';
import { narrowPolicyToPage } from '../host/page-policy';

/** Narrows every built page's Content Security Policy to the inline scripts and styles it holds. */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'page-policies',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let narrowed = 0;
        for (const page of htmlFilesIn(out)) {
          const path = join(out, page);
          const html = readFileSync(path, 'utf8');
          const narrow = narrowPolicyToPage(html);
          if (narrow !== html) {
            writeFileSync(path, narrow);
            narrowed += 1;
          }
        }
        logger.info(`policies narrowed to each page's own inline scripts and styles on ${narrowed} pages`);
      },
    },
  };
}
