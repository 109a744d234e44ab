import type { GlossLayout, GlossMode } from './gloss-layout';
import { placeMarginNotes, type Side } from './margin-placement';

/**
 * Wide screens: every gloss leaves the flow of the text for a margin, beside the line of its
 * mention or as near below it as the glosses above allow (`margin-placement.ts`); from
 * `TWO_MARGINS` up, in whichever of two lets it start higher. The text column keeps its own rhythm:
 * no gloss opens a gap in it. Until placed, glosses are hidden (glosses.css). A gloss that repeats
 * one earlier on the page, as the reading page glosses an actor once an answer, is set short.
 *
 * Each answer is placed on its own, its glosses kept inside it: an answer the reader is far from
 * is not laid out at all (prose.css), so nothing of it may be measured until it is.
 *
 * Placement rides on the browser's own layout. Every paragraph and gloss is observed: the observer
 * is called after a frame's layout and before its paint whenever one first renders or changes size
 * (an answer scrolled near, a narrower window, larger text, a gloss opened), so positions are read
 * without forcing a layout of their own, and only the answers that changed are placed again.
 * Placing moves glosses and may lengthen an answer, but resizes nothing observed, so it never
 * calls itself.
 */
const TWO_MARGINS = '(min-width: 80rem)';

export function start(layout: GlossLayout): GlossMode {
  const twoMargins = window.matchMedia(TWO_MARGINS);
  /** The answers placed at least once. */
  const placedBefore = new WeakSet<HTMLElement>();
  markRepeats(layout.glosses);

  /** Places one answer's glosses: reads every position first, then writes every one. */
  const placeAnswer = (answer: HTMLElement) => {
    const sides: Side[] = twoMargins.matches ? ['left', 'right'] : ['right'];
    const glosses = [...answer.querySelectorAll<HTMLElement>('.glosses > .gloss')];
    const top = answer.getBoundingClientRect().top;
    // The layout's row gap is the gap between notes, in pixels (glosses.css).
    const gap = parseFloat(getComputedStyle(layout).rowGap) || 0;
    const notes = glosses.map((gloss) => {
      const line = layout.mentionOf(gloss)?.getClientRects()[0];
      const column = gloss.closest('.passage')!.getBoundingClientRect();
      const nearer: Side = line && line.left + line.width / 2 < column.left + column.width / 2 ? 'left' : 'right';
      return {
        wanted: (line?.top ?? column.top) - top,
        height: gloss.getBoundingClientRect().height,
        nearer,
        passageTop: column.top - top,
      };
    });
    const padding = parseFloat(answer.style.paddingBlockEnd) || 0;
    const height = answer.getBoundingClientRect().height - padding;
    const placed = placeMarginNotes(notes, { sides, gap });
    glosses.forEach((gloss, index) => {
      gloss.dataset['side'] = placed[index]!.side;
      gloss.style.insetBlockStart = `${placed[index]!.top - notes[index]!.passageTop}px`;
    });
    // Glosses may run past the answer's last words; the answer grows to hold them.
    const lowest = Math.max(0, ...placed.map((placement, index) => placement.top + notes[index]!.height));
    answer.style.paddingBlockEnd = lowest > height ? `${lowest - height}px` : '';
  };

  const place = (answers: Iterable<HTMLElement>) => {
    // Glosses take their margin form (glosses.css) before they are measured.
    layout.dataset['laidOut'] = '';
    const target = layout.linkedTarget();
    for (const answer of answers) {
      placeAnswer(answer);
      // Arriving at a link to a gloss, bring the gloss into view where it now stands.
      if (!placedBefore.has(answer) && target?.matches('.gloss') && answer.contains(target))
        target.scrollIntoView({ block: 'center' });
      placedBefore.add(answer);
    }
  };

  const answerOf = (element: Element) => element.closest<HTMLElement>('.answer');
  const observer = new ResizeObserver((entries) => {
    const answers = new Set(entries.map(({ target }) => answerOf(target)));
    answers.delete(null);
    place(answers as Set<HTMLElement>);
  });
  // Crossing into two margins changes the margins' width (tokens.css), so every gloss is resized.
  for (const box of layout.querySelectorAll('.passage > p, .gloss')) observer.observe(box);

  return {
    stop() {
      observer.disconnect();
      delete layout.dataset['laidOut'];
      for (const answer of layout.querySelectorAll<HTMLElement>('.answer'))
        answer.style.removeProperty('padding-block-end');
      for (const gloss of layout.glosses) {
        gloss.style.removeProperty('inset-block-start');
        delete gloss.dataset['side'];
      }
    },
  };
}

/** Marks each gloss whose actor an earlier gloss on the page explains already, by the entry its name links to. */
function markRepeats(glosses: HTMLElement[]) {
  const seen = new Set<string>();
  for (const gloss of glosses) {
    const actor = gloss.querySelector<HTMLAnchorElement>('.gloss-name')?.href ?? gloss.id;
    gloss.classList.toggle('gloss--again', seen.has(actor));
    seen.add(actor);
  }
}
