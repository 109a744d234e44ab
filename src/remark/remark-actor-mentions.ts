import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { ContentError } from '../content/content-error';
import { markActorMentions, type MentionOptions } from './mark-actor-mentions';

export interface RemarkActorMentionsOptions extends Omit<MentionOptions, 'slug'> {
  /** The project root, so that errors name files as authors see them. */
  root: string;
}

/** Where the plugin leaves an answer's mentions, in the frontmatter that `render()` returns. */
export const MENTIONS_KEY = 'actorMentions';

/**
 * Remark plugin: actor marks (`[NATO](actor:nato)`) become mentions with margin glosses.
 * The answer's slug comes from its frontmatter; a file without one is left alone.
 * Any unknown actor stops the build with `file:line:column` and a hint. The answer's mentions are
 * left in its frontmatter under `actorMentions`, for search and for the actor pages.
 */
export default function remarkActorMentions(options: RemarkActorMentionsOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (typeof frontmatter?.slug !== 'string') return;
    const { problems, mentions } = markActorMentions(tree, { ...options, slug: frontmatter.slug });
    if (problems.length === 0) {
      // Pages read this back through `render(answer).remarkPluginFrontmatter`.
      frontmatter[MENTIONS_KEY] = mentions;
      return;
    }
    const path = file.path ? relative(options.root, file.path) : '<unknown file>';
    throw new ContentError(
      problems.map(({ message, hint, position }) => ({
        file: path,
        line: position?.start.line ?? 1,
        column: position?.start.column ?? 1,
        message,
        hint,
      })),
    );
  };
}
