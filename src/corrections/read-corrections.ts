import type { ContentIssue } from '../content-model/content-error';
import { didYouMean } from '../content-model/did-you-mean';
import { readYamlFolder } from '../content-model/yaml-folder';
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
  const { entries, issues } = readYamlFolder(root, dir, {
    schema: correctionSchema,
    idPattern: CORRECTION_ID_PATTERN,
    what: 'correction',
    example: 'gloss-wording.yaml',
  });
  const corrections: Correction[] = [];
  for (const { id, file, data, source } of entries) {
    const { subject, id: subjectId } = correctionSubject(data);
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
    corrections.push({ ...data, id, file, subjectAt });
  }
  return { corrections, issues };
}
