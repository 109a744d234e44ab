import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { actorSchema } from './content/actor-schema';
import { answerSchema } from './content/answer-schema';
import { throwIfIssues } from './content/content-error';
import { interviewSchema } from './content/interview-schema';
import { CONTENT_DIRS } from './content/load-content-model';
import { readActors } from './content/read-actors';
import { readInterviews } from './content/read-interviews';

/** Actors and interview metadata go through the same readers as the build's content check. */
const actorFiles: Loader = {
  name: 'actor-files',
  load: async ({ store, parseData, config }) => {
    const { registry, issues } = readActors(fileURLToPath(config.root), CONTENT_DIRS.actors);
    throwIfIssues(issues);
    store.clear();
    for (const { id, ...data } of registry.actors.values()) store.set({ id, data: await parseData({ id, data }) });
  },
};

const interviewFiles: Loader = {
  name: 'interview-files',
  load: async ({ store, parseData, config }) => {
    const { interviews, issues } = readInterviews(fileURLToPath(config.root), CONTENT_DIRS.interviews);
    throwIfIssues(issues);
    store.clear();
    for (const { id, meta } of interviews) store.set({ id, data: await parseData({ id, data: meta }) });
  },
};

export const collections = {
  /** One organisation, country, person, event or place a file: `content/actors/<id>.yaml`. */
  actors: defineCollection({ loader: actorFiles, schema: actorSchema }),
  /** One folder an interview: `content/interviews/<id>/interview.yaml`. */
  interviews: defineCollection({ loader: interviewFiles, schema: interviewSchema }),
  /** One MDX file a question: `content/interviews/<id>/NN-<slug>.mdx`; its id is `<interview>/NN-<slug>`. */
  answers: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIRS.interviews}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: answerSchema,
  }),
};
