import type { ContentIssue } from '../content-model/content-error';
import type { ActorRegistry } from '../actors/read-actors';
import type { InterviewFolder } from './read-interviews';

/** One id the build will give an element of an interview's pages, and the content that asks for it. */
interface Claim {
  id: string;
  /** What the id is for, in words. */
  what: string;
  file: string;
  line: number;
  column: number;
  /** What to change to free it. */
  hint: string;
}

/**
 * The ids an interview's pages get from its content: each answer's slug, each
 * paragraph (`history-2`) and each gloss (`gloss-history-sco`, with `mention-history-sco` beside
 * it, which cannot collide unless the gloss does). The full interview holds every answer, so
 * these must all differ within an interview. Ids are joined with hyphens, so two different pairs
 * can give one id: slug `war-south` with actor `africa`, slug `war` with actor `south-africa`.
 * The page frame's own ids and prefixes are kept from slugs in `read-interviews.ts`.
 */
function claimsOf(interview: InterviewFolder, registry: ActorRegistry): Claim[] {
  return interview.answers.flatMap(({ file, frontmatter: { slug }, slugAt, paragraphs, marks }) => {
    const renameSlug = `rename the slug '${slug}'`;
    const glossed = new Set<string>();
    return [
      { id: slug, what: `the answer '${slug}'`, file, ...slugAt, hint: renameSlug },
      ...Array.from({ length: paragraphs }, (_, index) => ({
        id: `${slug}-${index + 1}`,
        what: `paragraph ${index + 1} of '${slug}'`,
        file,
        ...slugAt,
        hint: renameSlug,
      })),
      // Only the first mark of a known actor in an answer gets a gloss; an unknown one is reported by itself.
      ...marks
        .filter(({ actor }) => registry.actors.has(actor) && !glossed.has(actor) && glossed.add(actor))
        .map(({ actor, line, column }) => ({
          id: `gloss-${slug}-${actor}`,
          what: `the gloss of '${actor}' in '${slug}'`,
          file,
          line,
          column,
          hint: `ids join the answer's slug and the actor's id with hyphens: ${renameSlug}`,
        })),
    ];
  });
}

/**
 * Every id that two things of one interview would share, reported once, at the later of the two,
 * with the file and line of the first. Two elements with one id break links to both.
 */
export function generatedIdIssues(interviews: readonly InterviewFolder[], registry: ActorRegistry): ContentIssue[] {
  return interviews.flatMap((interview) => {
    const first = new Map<string, Claim>();
    return claimsOf(interview, registry).flatMap((claim): ContentIssue[] => {
      const earlier = first.get(claim.id);
      if (!earlier) {
        first.set(claim.id, claim);
        return [];
      }
      return [
        {
          file: claim.file,
          line: claim.line,
          column: claim.column,
          message: `id '${claim.id}' of ${claim.what} is already the id of ${earlier.what} (${earlier.file}:${earlier.line}:${earlier.column})`,
          hint: claim.hint,
        },
      ];
    });
  });
}
