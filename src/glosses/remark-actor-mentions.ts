import type { Root } from 'mdast';
import { basename, dirname, relative } from 'node:path';
import type { VFile } from 'vfile';
import { answerMarkupProblems } from '../interviews/answer-markup';
import { ContentError } from '../content-model/content-error';
import type { EditorNote } from '../notes/note-schema';
import { markActorMentions, type MentionOptions } from './mark-actor-mentions';
import { markEditorNotes } from './mark-editor-notes';

export interface RemarkActorMentionsOptions extends Omit<MentionOptions, 'slug'> {
  /** The project root, so that errors name files as authors see them. */
  root: string;
  /** Every editors' note; each answer takes those that name it. */
  notes?: readonly EditorNote[];
  /** The entry of the latest correction of a gloss (by actor) or a note, if it has one. */
  correctionOf?: (subject: 'gloss' | 'note', id: string) => string | undefined;
}

/** Where the plugin leaves an answer's mentions, in the frontmatter that `render()` returns. */
export const MENTIONS_KEY = 'actorMentions';

/**
 * Remark plugin: actor marks (`[NATO](actor:nato)`) become mentions with margin glosses, and the
 * words quoted by editors' notes are marked, with each note placed after its paragraph.
 * The answer's slug comes from its frontmatter; a file without one is left alone.
 * Any unknown actor stops the build with `file:line:column` and a hint. The answer's mentions are
 * left in its frontmatter under `actorMentions`, for search and for the actor pages.
 */
export default function remarkActorMentions(options: RemarkActorMentionsOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (typeof frontmatter?.slug !== 'string') return;
    const path = file.path ? relative(options.root, file.path) : '<unknown file>';
    // The content check at start-up has refused all this already; an answer edited while `astro dev`
    // runs is checked here, before MDX compiles it, so no code from content ever runs.
    const markup = answerMarkupProblems(tree);
    if (markup.length > 0) throw new ContentError(markup.map((problem) => ({ file: path, ...problem })));
    const { correctionOf } = options;
    const { problems, mentions } = markActorMentions(tree, {
      ...options,
      slug: frontmatter.slug,
      correctionHref: correctionOf && ((actor) => correctionOf('gloss', actor)),
    });
    if (problems.length > 0) {
      throw new ContentError(
        problems.map(({ message, hint, position }) => ({
          file: path,
          line: position?.start.line ?? 1,
          column: position?.start.column ?? 1,
          message,
          hint,
        })),
      );
    }
    // An answer is `<interview>/<slug>`, its interview the folder it is in.
    const answer = `${basename(dirname(path))}/${frontmatter.slug}`;
    const noteProblems = markEditorNotes(
      tree,
      (options.notes ?? []).filter((note) => note.answer === answer),
      correctionOf && ((note) => correctionOf('note', note)),
    );
    if (noteProblems.length > 0) {
      throw new ContentError(
        noteProblems.map(({ note, message, hint }) => ({ file: note.file, ...note.quoteAt, message, hint })),
      );
    }
    // Pages read this back through `render(answer).remarkPluginFrontmatter`.
    frontmatter[MENTIONS_KEY] = mentions;
  };
}
