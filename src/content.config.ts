import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorSchema } from './actors/actor-schema';
import { answerSchema } from './interviews/answer-schema';
import { throwIfIssues, type ContentIssue } from './content-model/content-error';
import { interviewSchema } from './interviews/interview-schema';
import { CONTENT_DIRS } from './content-model/load-content-model';
import { readActors } from './actors/read-actors';
import { readInterviews } from './interviews/read-interviews';

/**
 * A loader that stores what one of the content readers returns. Actors and interview metadata go
 * through the same readers as the build's content check, so there is one parser and one set of
 * rules; any problem fails the load with its file, line and hint. In `astro dev` it reads its
 * folder again on every change in it; while the folder's content is broken, the content guard
 * serves the problems and the store keeps what it last read.
 */
function readerLoader(
  name: string,
  dir: string,
  read: (root: string) => { entries: { id: string; data: Record<string, unknown> }[]; issues: ContentIssue[] },
): Loader {
  return {
    name,
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, issues } = read(root);
        throwIfIssues(issues);
        store.clear();
        for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data }) });
      };
      await sync();
      const folder = resolve(join(root, dir));
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(`${folder}${sep}`)) sync().catch(() => undefined);
      });
    },
  };
}

const actorFiles = readerLoader('actor-files', CONTENT_DIRS.actors, (root) => {
  const { registry, issues } = readActors(root, CONTENT_DIRS.actors);
  return { entries: [...registry.actors.values()].map(({ id, ...data }) => ({ id, data })), issues };
});

const interviewFiles = readerLoader('interview-files', CONTENT_DIRS.interviews, (root) => {
  const { interviews, issues } = readInterviews(root, CONTENT_DIRS.interviews);
  return { entries: interviews.map(({ id, meta }) => ({ id, data: meta })), issues };
});

export const collections = {
  /** One organisation, country, person, event or place a file: `content/actors/<id>.yaml`. */
  actors: defineCollection({ loader: actorFiles, schema: actorSchema }),
  /** One folder an interview: `content/interviews/<id>/interview.yaml`. */
  interviews: defineCollection({ loader: interviewFiles, schema: interviewSchema }),
  /** One MDX file a question: `content/interviews/<id>/NN-<slug>.mdx`; its id is `<interview>/NN-<slug>`. */
  answers: defineCollection({
    loader: glob({
      pattern: '*/*.mdx',
      base: `./${CONTENT_DIRS.interviews}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: answerSchema,
  }),
};
