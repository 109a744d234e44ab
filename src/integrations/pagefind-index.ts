import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { EDITORIAL_SELECTORS } from '../search/not-indexed';
import { scopeComponentUiStylesheet } from './component-ui-tokens';

/** The folder of `dist/` that holds the search index and Pagefind's scripts. */
const SEARCH_BUNDLE_DIR = 'pagefind';

/** Something Pagefind reported; the build stops on it. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const failIf = (step: string, errors: readonly string[]) => {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
};

/**
 * Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`, with the
 * Component UI's stylesheet scoped to its own elements (component-ui-tokens.ts). Throws on any
 * error Pagefind reports, and when it finds no page to index, which would ship a search that never
 * answers. The Pagefind service always closes, so a failed build leaves no process behind.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ pageCount: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EDITORIAL_SELECTORS] });
    failIf('start', errors);
    if (!index) throw new SearchIndexError('Pagefind failed to start: it returned no index');
    const added = await index.addDirectory({ path: siteDir });
    failIf(`index ${siteDir}`, added.errors);
    if (added.page_count === 0) {
      throw new SearchIndexError(
        `Pagefind found no page to index in ${siteDir}\n  hint: answer pages mark their text with data-pagefind-body`,
      );
    }
    const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundleDir });
    failIf('write the index', written.errors);
    await scopeComponentUiStylesheet(bundleDir);
    return { pageCount: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Builds the search index after every `astro build`, so `npm run build` ships search with the site. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const { pageCount } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index written; Pagefind read ${pageCount} pages`);
      },
    },
  };
}
