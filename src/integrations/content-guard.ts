import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS, loadContentModel, type ContentModel } from '../content/load-content-model';

/**
 * Checks all content when the config loads, so bad content stops `astro build`, `dev` and
 * `check` before anything renders. In dev, editing an actor or note file restarts the server, which
 * checks again: the registry and notes that the remark plugin uses are read once per start.
 */
export function contentGuard({ root }: { root: string }): { model: ContentModel; integration: AstroIntegration } {
  const model = loadContentModel(root);
  const integration: AstroIntegration = {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ addWatchFile }) => {
        for (const dir of [CONTENT_DIRS.actors, CONTENT_DIRS.notes].map((folder) => join(root, folder))) {
          if (existsSync(dir)) for (const name of readdirSync(dir)) addWatchFile(join(dir, name));
        }
      },
    },
  };
  return { model, integration };
}
