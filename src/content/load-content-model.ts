import { throwIfIssues } from './content-error';
import { readActors, type ActorRegistry } from './read-actors';
import { readInterviews, type InterviewFolder } from './read-interviews';

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = { actors: 'content/actors', interviews: 'content/interviews' } as const;

export interface ContentModel {
  registry: ActorRegistry;
  interviews: InterviewFolder[];
}

/**
 * Reads and checks all content before Astro builds anything, and throws a ContentError that lists
 * every problem with its file, line, column and a hint. Mentions are checked later, per file, by
 * the remark plugin, which knows where each one stands.
 */
export function loadContentModel(root: string, dirs: { actors: string; interviews: string } = CONTENT_DIRS): ContentModel {
  const actors = readActors(root, dirs.actors);
  const interviews = readInterviews(root, dirs.interviews);
  throwIfIssues([...actors.issues, ...interviews.issues]);
  return { registry: actors.registry, interviews: interviews.interviews };
}
