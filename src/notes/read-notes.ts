import type { ContentIssue } from '../content-model/content-error';
import { didYouMean } from '../content-model/did-you-mean';
import { readYamlFolder } from '../content-model/yaml-folder';
import { NOTE_ID_PATTERN, noteSchema, type EditorNote } from './note-schema';
import type { InterviewFolder } from '../interviews/read-interviews';

/**
 * Reads `<dir>/*.yaml`, one editors' note a file named for its id, and checks that each names an
 * answer that exists. Whether its quote is in that answer is checked where the answer is parsed.
 * An edition without notes has no folder for them. When some answer could not be read
 * (`answersComplete` false), a note on an answer not found is not reported: the answer it names may
 * be the unreadable one, and the author has that problem to fix first.
 */
export function readNotes(
  root: string,
  dir: string,
  interviews: readonly InterviewFolder[],
  { answersComplete = true }: { answersComplete?: boolean } = {},
): { notes: EditorNote[]; issues: ContentIssue[] } {
  const answers = interviews.flatMap((interview) =>
    interview.answers.map((answer) => `${interview.id}/${answer.frontmatter.slug}`),
  );
  const { entries, issues } = readYamlFolder(root, dir, {
    schema: noteSchema,
    idPattern: NOTE_ID_PATTERN,
    what: 'note',
    example: 'states-of-the-states.yaml',
  });
  const notes: EditorNote[] = [];
  for (const { id, file, data, source } of entries) {
    if (!answers.includes(data.answer)) {
      if (!answersComplete) continue;
      issues.push({
        file,
        ...source.locate(['answer']),
        message: `note on unknown answer '${data.answer}'`,
        hint: didYouMean(data.answer, answers, `answers are ${answers.join(', ')}`),
      });
      continue;
    }
    notes.push({ ...data, id, file, quoteAt: source.locate(['quote']) });
  }
  return { notes, issues };
}
