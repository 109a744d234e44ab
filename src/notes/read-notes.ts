import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../content-model/content-error';
import { didYouMean } from '../content-model/did-you-mean';
import { NOTE_ID_PATTERN, noteSchema, type EditorNote } from './note-schema';
import type { InterviewFolder } from '../interviews/read-interviews';
import { schemaIssues } from '../content-model/schema-issues';
import { parseYamlSource } from '../content-model/yaml-source';

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
  if (!existsSync(join(root, dir))) return { notes: [], issues: [] };
  const answers = interviews.flatMap((interview) =>
    interview.answers.map((answer) => `${interview.id}/${answer.frontmatter.slug}`),
  );
  const notes: EditorNote[] = [];
  const issues: ContentIssue[] = [];
  for (const name of readdirSync(join(root, dir))
    .filter((entry) => !entry.startsWith('.'))
    .sort()) {
    const file = relative(root, join(root, dir, name));
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !NOTE_ID_PATTERN.test(id)) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: 'not a note file',
        hint: 'a note is <id>.yaml, its id lower-case words joined by hyphens, such as states-of-the-states.yaml',
      });
      continue;
    }
    const { source, issues: yamlIssues } = parseYamlSource(readFileSync(join(root, dir, name), 'utf8'), file);
    issues.push(...yamlIssues);
    if (!source) continue;
    const result = noteSchema.safeParse(source.data ?? {});
    if (!result.success) {
      issues.push(...schemaIssues(result.error, source, file, noteSchema.shape));
      continue;
    }
    if (!answers.includes(result.data.answer)) {
      if (!answersComplete) continue;
      issues.push({
        file,
        ...source.locate(['answer']),
        message: `note on unknown answer '${result.data.answer}'`,
        hint: didYouMean(result.data.answer, answers, `answers are ${answers.join(', ')}`),
      });
      continue;
    }
    notes.push({ ...result.data, id, file, quoteAt: source.locate(['quote']) });
  }
  return { notes, issues };
}
