import { correctionSubject, type CorrectionData, type CorrectionSubject } from './correction-schema';

/** Corrections newest first: by day, then by id, so the order is the same on every build. */
export function newestCorrectionsFirst<T extends CorrectionData & { id: string }>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

type BySubject = Map<`${CorrectionSubject}:${string}`, string>;

/** Each list of corrections' answer, kept while the list lives: every gloss of every answer asks. */
const answered = new WeakMap<readonly unknown[], BySubject>();

/**
 * The id of the newest correction of each subject, by `<subject>:<id>`: where a gloss's or a note's
 * "as of" date links. Worked out once for a list of corrections; content read again is a new list.
 */
export function newestCorrectionBySubject(corrections: readonly (CorrectionData & { id: string })[]): BySubject {
  const known = answered.get(corrections);
  if (known) return known;
  const newest: BySubject = new Map();
  for (const correction of newestCorrectionsFirst(corrections)) {
    const { subject, id } = correctionSubject(correction);
    if (!newest.has(`${subject}:${id}`)) newest.set(`${subject}:${id}`, correction.id);
  }
  answered.set(corrections, newest);
  return newest;
}
