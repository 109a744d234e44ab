import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../content-model/content-error';
import { didYouMean } from '../content-model/did-you-mean';
import { schemaIssues } from '../content-model/schema-issues';
import { parseYamlSource } from '../content-model/yaml-source';
import { CORRECTION_ID_PATTERN, correctionSchema, correctionSubject, type Correction } from './correction-schema';

/** The ids each kind of subject may name: actors, notes, and answers as `<interview>/<slug>`. */
export interface CorrectionSubjects {
  gloss: readonly string[];
  note: readonly string[];
  text: readonly string[];
}

const WHAT = { gloss: 'actor', note: 'editors’ note', text: 'answer' } as const;

/**
 * Reads `<dir>/*.yaml`, one correction a file named for its id, and checks that each names a
 * subject that exists. An edition without corrections has no folder for them. `known` is undefined
 * while other content could not be read: the subject may be what failed, so it is not checked.
 */
export function readCorrections(
  root: string,
  dir: string,
  known?: CorrectionSubjects,
): { corrections: Correction[]; issues: ContentIssue[] } {
  if (!existsSync(join(root, dir))) return { corrections: [], issues: [] };
  const corrections: Correction[] = [];
  const issues: ContentIssue[] = [];
  for (const name of readdirSync(join(root, dir))
    .filter((entry) => !entry.startsWith('.'))
    .sort()) {
    const file = relative(root, join(root, dir, name));
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !CORRECTION_ID_PATTERN.test(id)) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: 'not a correction file',
        hint: 'a correction is <id>.yaml, its id lower-case words joined by hyphens, such as china-gloss-beijing.yaml',
      });
      continue;
    }
    const { source, issues: yamlIssues } = parseYamlSource(readFileSync(join(root, dir, name), 'utf8'), file);
    issues.push(...yamlIssues);
    if (!source) continue;
    const result = correctionSchema.safeParse(source.data ?? {});
    if (!result.success) {
      issues.push(...schemaIssues(result.error, source, file, correctionSchema.shape));
      continue;
    }
    const { subject, id: subjectId } = correctionSubject(result.data);
    const subjectAt = source.locate([subject]);
    const candidates = known?.[subject];
    if (candidates && !candidates.includes(subjectId)) {
      issues.push({
        file,
        ...subjectAt,
        message: `correction of unknown ${WHAT[subject]} '${subjectId}'`,
        hint: didYouMean(subjectId, candidates, `name an ${WHAT[subject]} that exists`),
      });
      continue;
    }
    corrections.push({ ...result.data, id, file, subjectAt });
  }
  return { corrections, issues };
}
