import type { AstroIntegration } from 'astro';
import { join, resolve, sep } from 'node:path';
import { ContentError } from '../content-model/content-error';
import { CONTENT_DIRS, loadContentModel, type ContentModel } from '../content-model/load-content-model';
import { shareContentModel } from '../content-model/shared-content-model';
import { contentErrorPage, contentProblems } from './content-error-page';

/**
 * Checks all content when the config loads, so bad content stops `astro build` and `astro check`
 * before anything renders: the first hook of the first integration throws it.
 *
 * In `astro dev` it keeps checking. `model` is live: every edit to any file under `content/`
 * reads all content again, and the remark plugin, which reads the registry and notes through it,
 * renders the answers again; the collections take the model again and every open page reloads.
 * While content is broken, every page load gets the problems with their files and lines, and open
 * pages show them in Vite's overlay, until an edit fixes them.
 */
export function contentGuard({ root }: { root: string }): { model: ContentModel; integration: AstroIntegration } {
  // Empty until content loads: while it is broken, the dev server serves the problems instead of pages.
  const model: ContentModel = {
    registry: { actors: new Map(), byAlias: new Map() },
    interviews: [],
    notes: [],
    corrections: [],
  };
  let problem: unknown;
  const check = () => {
    try {
      Object.assign(model, loadContentModel(root));
      problem = undefined;
    } catch (error) {
      problem = error;
    }
  };
  check();
  // The collections are made from this model, not from the files again (src/content.config.ts).
  shareContentModel(() => {
    if (problem) throw problem;
    return model;
  });

  const integration: AstroIntegration = {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (problem && command !== 'dev') throw problem;
      },
      'astro:server:setup': ({ server, logger }) => {
        const folders = Object.values(CONTENT_DIRS).map((dir) => resolve(root, dir));
        const inContent = (path: string) => folders.some((folder) => resolve(path).startsWith(`${folder}${sep}`));
        const report = () => {
          if (!problem) return;
          logger.error(`Bad content:\n${contentProblems(problem).join('\n')}`);
          server.ws.send({ type: 'error', err: overlayError(problem, root) });
        };
        report();
        server.middlewares.use((request, response, next) => {
          if (!problem || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(contentErrorPage(problem, server.config.base));
        });
        server.watcher.add(folders);
        server.watcher.on('all', (_event, path) => {
          if (!inContent(path)) return;
          check();
          if (problem) return report();
          // The collections take this model again and render the answers again where an edit
          // touches them (`src/content.config.ts`); every open page reloads.
          server.ws.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
  return { model, integration };
}

/** The first problem as Vite's overlay shows an error: at its content file, not at the code that threw. */
function overlayError(problem: unknown, root: string) {
  const message = contentProblems(problem).join('\n');
  const first = problem instanceof ContentError ? problem.issues[0] : undefined;
  return {
    message,
    stack: '',
    ...(first && {
      id: join(root, first.file),
      loc: { file: join(root, first.file), line: first.line, column: first.column },
    }),
    plugin: 'content-guard',
  };
}
