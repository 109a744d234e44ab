import { throwIfIssues, type ContentIssue } from './content-error';
import { generatedIdIssues } from '../interviews/generated-ids';
import { unknownActor } from './unknown-actor';
import { readActors, type ActorRegistry } from '../actors/read-actors';
import type { EditorNote } from '../notes/note-schema';
import { readInterviews, type InterviewFolder } from '../interviews/read-interviews';
import { readNotes } from '../notes/read-notes';
import { readCorrections } from '../corrections/read-corrections';
import type { Correction } from '../corrections/correction-schema';

/**
 * The folder content is read from, relative to the project root: `content/`, unless `CONTENT_ROOT`
 * names another. The test builds name one that adds a made-up interview to the edition.
 */
const CONTENT_ROOT = process.env['CONTENT_ROOT'] || 'content';

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  actors: `${CONTENT_ROOT}/actors`,
  interviews: `${CONTENT_ROOT}/interviews`,
  notes: `${CONTENT_ROOT}/notes`,
  corrections: `${CONTENT_ROOT}/corrections`,
} as const;

export interface ContentModel {
  registry: ActorRegistry;
  interviews: InterviewFolder[];
  notes: EditorNote[];
  corrections: Correction[];
}

/**
 * Reads and checks all content before Astro builds anything, and throws a ContentError that lists
 * every problem with its file, line, column and a hint. Mentions, and the quotes of editors' notes,
 * are checked later, per file, by the remark plugin, which knows where each one stands.
 */
export function loadContentModel(
  root: string,
  dirs: { actors: string; interviews: string; notes?: string; corrections?: string } = CONTENT_DIRS,
): ContentModel {
  const actors = readActors(root, dirs.actors);
  const interviews = readInterviews(root, dirs.interviews);
  const notes = readNotes(root, dirs.notes ?? CONTENT_DIRS.notes, interviews.interviews, {
    answersComplete: interviews.issues.length === 0,
  });
  // Marks and ids are checked once every actor and every answer has been read whole.
  const whole = actors.issues.length === 0 && interviews.issues.length === 0;
  const marks = whole
    ? [
        ...unknownActorIssues(interviews.interviews, actors.registry),
        ...organisationRefIssues(interviews.interviews, actors.registry),
      ]
    : [];
  const ids = whole ? generatedIdIssues(interviews.interviews, actors.registry) : [];
  // What a correction names is checked only against content read whole.
  const corrections = readCorrections(
    root,
    dirs.corrections ?? CONTENT_DIRS.corrections,
    whole && notes.issues.length === 0
      ? {
          gloss: [...actors.registry.actors.keys()],
          note: notes.notes.map((note) => note.id),
          text: interviews.interviews.flatMap(({ id, answers }) =>
            answers.map((answer) => `${id}/${answer.frontmatter.slug}`),
          ),
        }
      : undefined,
  );
  throwIfIssues([...actors.issues, ...interviews.issues, ...marks, ...ids, ...notes.issues, ...corrections.issues]);
  return {
    registry: actors.registry,
    interviews: interviews.interviews,
    notes: notes.notes,
    corrections: corrections.corrections,
  };
}

/** Every actor mark whose id names no actor, where it stands. */
function unknownActorIssues(interviews: readonly InterviewFolder[], registry: ActorRegistry): ContentIssue[] {
  return interviews.flatMap(({ answers }) =>
    answers.flatMap(({ file, marks }) =>
      marks
        .filter(({ actor }) => !registry.actors.has(actor))
        .map(({ actor, line, column }) => ({ file, line, column, ...unknownActor(actor, registry) })),
    ),
  );
}

/** Every organisation an interview's metadata names that is no actor, or no organisation. */
function organisationRefIssues(interviews: readonly InterviewFolder[], registry: ActorRegistry): ContentIssue[] {
  return interviews.flatMap(({ organisationRefs }) =>
    organisationRefs.flatMap(({ actor, ...at }): ContentIssue[] => {
      const found = registry.actors.get(actor);
      if (!found) return [{ ...at, ...unknownActor(actor, registry) }];
      if (found.kind !== 'organisation')
        return [
          {
            ...at,
            message: `'${actor}' is a ${found.kind}, not an organisation`,
            hint: 'the table and the timeline have organisations as columns; its countries come from the answers',
          },
        ];
      return [];
    }),
  );
}
