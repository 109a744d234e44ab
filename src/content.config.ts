import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { basename, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorSchema } from './actors/actor-schema';
import { answerEntrySchema } from './interviews/answer-schema';
import { answerSummary } from './interviews/answer-summary';
import { interviewSchema } from './interviews/interview-schema';
import { CONTENT_DIRS, type ContentModel } from './content-model/load-content-model';
import { sharedContentModel } from './content-model/shared-content-model';
import { correctionSchema } from './corrections/correction-schema';
import { noteSchema } from './notes/note-schema';

/** One entry of a collection, as a loader makes it from the model; `rendered` when the loader renders it. */
interface ReadEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  /** What else the entry's rendering depends on; a change to it renders the entry again. */
  dependsOn?: string;
  /** The whole file, frontmatter and all, for a loader that renders its entries. */
  source?: string;
  /** The Markdown below the frontmatter, as `entry.body`. */
  body?: string;
}

/**
 * A loader that stores what `entries` makes of the content model the content guard has read and
 * checked (shared-content-model.ts), so that content is read and checked once, by one parser with
 * one set of rules. In `astro dev` it takes the model again after every change in its folders, once
 * the guard has read it; while content is broken, the guard serves the problems and the store
 * keeps what it last read.
 */
function modelLoader(
  name: string,
  dirs: readonly string[],
  entries: (model: ContentModel) => ReadEntry[],
  render?: (entry: ReadEntry, context: LoaderContext) => ReturnType<LoaderContext['renderMarkdown']>,
): Loader {
  return {
    name,
    load: async (context) => {
      const { store, parseData, config, watcher, generateDigest } = context;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const read = entries(sharedContentModel());
        const ids = new Set(read.map(({ id }) => id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { dependsOn, source, ...entry } of read) {
          const digest = generateDigest({ data: entry.data, source: source ?? '', dependsOn: dependsOn ?? '' });
          if (store.get(entry.id)?.digest === digest) continue;
          const data = await parseData({
            id: entry.id,
            data: entry.data,
            ...(entry.filePath && { filePath: entry.filePath }),
          });
          const rendered = render && (await render({ ...entry, source: source ?? '' }, context));
          store.set({ ...entry, data, digest, ...(rendered && { rendered }) });
        }
      };
      await sync();
      const folders = dirs.map((dir) => resolve(join(root, dir)));
      watcher?.add(folders);
      watcher?.on('all', (_event, path) => {
        // After every other listener of this change, the content guard's among them, which reads
        // the model again.
        if (folders.some((folder) => resolve(path).startsWith(`${folder}${sep}`)))
          setTimeout(() => sync().catch(() => undefined));
      });
    },
  };
}

const actorFiles = modelLoader('actor-files', [CONTENT_DIRS.actors], ({ registry }) =>
  [...registry.actors.values()].map(({ id, ...data }) => ({ id, data })),
);

const interviewFiles = modelLoader('interview-files', [CONTENT_DIRS.interviews], ({ interviews }) =>
  interviews.map(({ id, meta }) => ({ id, data: meta })),
);

/**
 * What an answer is rendered against besides its own file: the actors, the notes and the
 * corrections (whose entries its dates link to), as the remark plugin reads them from the model.
 * A change to any of them renders every answer again.
 */
const renderedAgainst = ({ registry, notes, corrections }: ContentModel) =>
  createHash('sha256')
    .update(JSON.stringify([[...registry.actors.values()], notes, corrections]))
    .digest('hex');

const answerFiles = modelLoader(
  'answer-files',
  [CONTENT_DIRS.interviews, CONTENT_DIRS.actors, CONTENT_DIRS.notes, CONTENT_DIRS.corrections],
  (model) => {
    const dependsOn = renderedAgainst(model);
    return model.interviews.flatMap(({ id, answers }) =>
      answers.map(({ file, frontmatter, text, body }) => ({
        id: `${id}/${basename(file, '.mdx')}`,
        data: { ...frontmatter, summary: answerSummary(body) },
        filePath: file,
        dependsOn,
        source: text,
        body,
      })),
    );
  },
  // Rendered with its frontmatter, which tells the remark plugin the answer's slug.
  (entry, { renderMarkdown, config }) =>
    renderMarkdown(entry.source!, { fileURL: new URL(entry.filePath!, config.root) }),
);

const noteFiles = modelLoader('note-files', [CONTENT_DIRS.notes, CONTENT_DIRS.interviews], ({ notes }) =>
  notes.map(({ id, file, quoteAt, ...data }) => ({ id, data, filePath: file })),
);

const correctionFiles = modelLoader('correction-files', [CONTENT_DIRS.corrections], ({ corrections }) =>
  corrections.map(({ id, file, subjectAt, ...data }) => ({ id, data, filePath: file })),
);

export const collections = {
  /** One organisation, country, person, event or place a file: `content/actors/<id>.yaml`. */
  actors: defineCollection({ loader: actorFiles, schema: actorSchema }),
  /** One folder an interview: `content/interviews/<id>/interview.yaml`. */
  interviews: defineCollection({ loader: interviewFiles, schema: interviewSchema }),
  /**
   * One MDX file a question: `content/interviews/<id>/NN-<slug>.mdx`; its id is `<interview>/NN-<slug>`.
   * An answer is words, not code (the content check refuses anything else), so it is rendered as
   * Markdown, through the same remark plugins, when content loads: no answer becomes a module of
   * the bundle, which keeps a build of thousands of answers within memory.
   */
  answers: defineCollection({ loader: answerFiles, schema: answerEntrySchema }),
  /** One editors' note a file: `content/notes/<id>.yaml`, for the record of corrections. */
  notes: defineCollection({ loader: noteFiles, schema: noteSchema }),
  /** One change made after publication a file: `content/corrections/<id>.yaml`. */
  corrections: defineCollection({ loader: correctionFiles, schema: correctionSchema }),
};
