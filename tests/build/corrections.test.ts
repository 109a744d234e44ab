import { describe, expect, it } from 'vitest';
import { newestCorrectionBySubject } from '../../src/corrections/newest-corrections';
import { NOTE_KIND_LABELS } from '../../src/notes/note-schema';
import { builtPage, model, readingPage } from './site';

const page = builtPage('corrections/index.html').document;
const entries = [...page.querySelectorAll('.correction')];
const newest = newestCorrectionBySubject(model.corrections);

describe('the record of corrections', () => {
  it('has an entry for every correction, newest first, each with its anchor, date, change and reason', () => {
    expect(model.corrections.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.id).sort()).toEqual(
      model.corrections.map(({ id }) => `correction-${id}`).sort(),
    );
    const dates = entries.map((entry) => entry.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const correction of model.corrections) {
      const entry = page.getElementById(`correction-${correction.id}`)!;
      expect(entry.querySelector('time')?.getAttribute('datetime')).toBe(correction.date);
      const text = entry.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain(correction.change.replace(/\s+/g, ' '));
      expect(text).toContain(correction.reason.replace(/\s+/g, ' '));
    }
  });

  it('is linked from the foot of every page', () => {
    const footer = builtPage('index.html').document.querySelector('.site-footer');
    expect(footer?.querySelector('a[href="/corrections/"]')).not.toBeNull();
    expect(footer?.textContent).toMatch(/sourced: corrections\.$/);
  });
});

for (const { id } of model.interviews)
  describe(`the reading page of ${id}`, () => {
    const { document } = readingPage(id);

    it('links the date of each corrected gloss to its newest correction, and of no other', () => {
      const glosses = [...document.querySelectorAll('.gloss')];
      expect(glosses.length).toBeGreaterThan(0);
      for (const gloss of glosses) {
        const actor = gloss.querySelector('.gloss-name')?.getAttribute('href')?.split('/').at(-2) ?? '';
        const correction = newest.get(`gloss:${actor}`);
        const date = gloss.querySelector('.gloss-asof');
        expect(date?.textContent).toMatch(/^As of [A-Z][a-z]{2} \d{4}\.$/);
        expect(date?.getAttribute('href') ?? undefined, gloss.id).toBe(
          correction && `/corrections/#correction-${correction}`,
        );
      }
    });

    it('labels each editors’ note with its kind, and links a corrected note’s date to its correction', () => {
      for (const note of model.notes.filter((note) => note.answer.startsWith(`${id}/`))) {
        const aside = document.getElementById(`editor-note-${note.id}`);
        expect(aside?.querySelector('.editor-note-label')?.textContent).toBe(
          `Editors’ note · ${NOTE_KIND_LABELS[note.kind]}`,
        );
        const correction = newest.get(`note:${note.id}`);
        const link = aside?.querySelector('.editor-note-meta a[href^="/corrections/"]');
        expect(link?.getAttribute('href') ?? undefined, note.id).toBe(
          correction && `/corrections/#correction-${correction}`,
        );
      }
    });
  });
