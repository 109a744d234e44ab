import { correctionSubject, type CorrectionData, type CorrectionSubject } from './correction-schema';

/** Corrections newest first: by day, then by id, so the order is the same on every build. */
export function newestCorrectionsFirst<T extends CorrectionData & { id: string }>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * The id of the newest correction of each subject, by `<subject>:<id>`: where a gloss's or a note's
 * "as of" date links.
 */
export function newestCorrectionBySubject(
  corrections: readonly (CorrectionData & { id: string })[],
): Map<`${CorrectionSubject}:${string}`, string> {
  const newest = new Map<`${CorrectionSubject}:${string}`, string>();
  for (const correction of newestCorrectionsFirst(corrections)) {
    const { subject, id } = correctionSubject(correction);
    if (!newest.has(`${subject}:${id}`)) newest.set(`${subject}:${id}`, correction.id);
  }
  return newest;
}
