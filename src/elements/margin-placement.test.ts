import { describe, expect, it } from 'vitest';
import { placeMarginNotes, type MarginNote } from './margin-placement';

const note = (wanted: number, height: number, nearer: 'left' | 'right' = 'right'): MarginNote => ({
  wanted,
  height,
  nearer,
});

describe('placing notes in the margins', () => {
  it('starts each note on its mention’s line when nothing is in the way', () => {
    expect(placeMarginNotes([note(0, 40), note(100, 40), note(300, 40)], { sides: ['right'], gap: 10 })).toEqual([
      { side: 'right', top: 0 },
      { side: 'right', top: 100 },
      { side: 'right', top: 300 },
    ]);
  });

  it('pushes a note below the one before it in its margin, a gap apart, so none overlaps', () => {
    expect(placeMarginNotes([note(0, 80), note(20, 40)], { sides: ['right'], gap: 10 })).toEqual([
      { side: 'right', top: 0 },
      { side: 'right', top: 90 },
    ]);
  });

  it('uses the other margin where a note can start higher there', () => {
    expect(placeMarginNotes([note(0, 80), note(20, 40), note(30, 40)], { sides: ['left', 'right'], gap: 10 })).toEqual([
      { side: 'right', top: 0 },
      { side: 'left', top: 20 },
      { side: 'left', top: 70 },
    ]);
  });

  it('takes the margin nearer the mention when both let the note start on its line', () => {
    expect(
      placeMarginNotes([note(0, 20, 'left'), note(100, 20, 'right'), note(200, 20, 'left')], {
        sides: ['left', 'right'],
        gap: 10,
      }).map(({ side }) => side),
    ).toEqual(['left', 'right', 'left']);
  });

  it('never places a note above its mention’s line', () => {
    const notes = [note(50, 10), note(40, 10), note(45, 300), note(46, 10)];
    const placed = placeMarginNotes(notes, { sides: ['left', 'right'], gap: 4 });
    placed.forEach(({ top }, index) => expect(top).toBeGreaterThanOrEqual(notes[index]!.wanted));
  });

  it('places no two notes of one margin so that they overlap, whatever the order of their lines', () => {
    const notes = Array.from({ length: 40 }, (_, index) => note((index * 37) % 200, 15 + (index % 7) * 9));
    const placed = placeMarginNotes(notes, { sides: ['left', 'right'], gap: 6 });
    for (const side of ['left', 'right'] as const) {
      const boxes = placed
        .map(({ side: s, top }, index) => ({ s, top, bottom: top + notes[index]!.height }))
        .filter(({ s }) => s === side)
        .sort((a, b) => a.top - b.top);
      boxes.slice(1).forEach((box, index) => expect(box.top).toBeGreaterThanOrEqual(boxes[index]!.bottom + 6));
    }
  });
});
