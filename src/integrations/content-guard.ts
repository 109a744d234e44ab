import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS, loadContentModel, type ContentModel } from '../content/load-content-model';

/**
 * Checks all content when the config loads, so bad content stops `astro build`, `dev` and
 * `check` before anything renders. In dev, editing an actor file restarts the server, which
 * checks again: the registry that the remark plugin uses is read once per start.
 */
export function contentGuard({ root }: { root: string }): { model: ContentModel; integration: AstroIntegration } {
  const model = loadContentModel(root);
  const integration: AstroIntegration = {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ addWatchFile }) => {
        const actorsDir = join(root, CONTENT_DIRS.actors);
        for (const name of readdirSync(actorsDir)) addWatchFile(join(actorsDir, name));
      },
    },
  };
  return { model, integration };
}
