import { describe, expect, it } from 'vitest';
import { newestCorrectionBySubject, newestCorrectionsFirst } from './newest-corrections';

const correction = (id: string, date: string, about: { gloss?: string; note?: string; text?: string }) => ({
  id,
  date,
  ...about,
  change: 'changed',
  reason: 'because',
});

const CORRECTIONS = [
  correction('china-old', '2026-11-30', { gloss: 'china' }),
  correction('china-new', '2026-12-05', { gloss: 'china' }),
  correction('brics', '2026-12-05', { note: 'brics-enlargement' }),
  correction('text', '2026-12-01', { text: 'talk/war' }),
];

describe('newestCorrectionsFirst', () => {
  it('orders by day, newest first, then by id', () => {
    expect(newestCorrectionsFirst(CORRECTIONS).map(({ id }) => id)).toEqual([
      'brics',
      'china-new',
      'text',
      'china-old',
    ]);
  });
});

describe('newestCorrectionBySubject', () => {
  it('gives each subject its newest correction', () => {
    expect(Object.fromEntries(newestCorrectionBySubject(CORRECTIONS))).toEqual({
      'gloss:china': 'china-new',
      'note:brics-enlargement': 'brics',
      'text:talk/war': 'text',
    });
  });
});
