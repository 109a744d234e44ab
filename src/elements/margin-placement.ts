/** A side of the text column. */
export type Side = 'left' | 'right';

export interface MarginNote {
  /** Where the note would like to start: the top of its mention's line, in the layout's pixels. */
  wanted: number;
  /** Its height in the margin, in pixels. */
  height: number;
  /** The margin nearer its mention, taken when both give the same top. */
  nearer: Side;
}

export interface Placement {
  side: Side;
  top: number;
}

/**
 * Places notes in the margins, in reading order: each goes to the margin where it can start
 * highest, never above its mention's line and never over the note before it in that margin, so
 * none overlaps another and each drifts from its line only as far as the notes above it push it.
 *
 *     placeMarginNotes([{ wanted: 0, height: 50, nearer: 'right' }, { wanted: 10, height: 20, nearer: 'right' }],
 *       { sides: ['left', 'right'], gap: 8 })
 *     // → [{ side: 'right', top: 0 }, { side: 'left', top: 10 }]
 */
export function placeMarginNotes(
  notes: readonly MarginNote[],
  { sides, gap }: { sides: readonly Side[]; gap: number },
): Placement[] {
  const bottoms = new Map<Side, number>(sides.map((side) => [side, -Infinity]));
  return notes.map(({ wanted, height, nearer }) => {
    const options = sides.map((side) => ({ side, top: Math.max(wanted, bottoms.get(side)! + gap) }));
    const best = options.reduce((a, b) =>
      b.top < a.top || (b.top === a.top && b.side === nearer && a.side !== nearer) ? b : a,
    );
    bottoms.set(best.side, best.top + height);
    return best;
  });
}
