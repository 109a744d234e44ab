import type { GlossLayout, GlossMode } from './gloss-layout';
import { placeMarginNotes, type Side } from './margin-placement';

/**
 * Wide screens: every gloss leaves the flow of the text for a margin, beside the line of its
 * mention or as near below it as the glosses above allow (`margin-placement.ts`); from
 * `TWO_MARGINS` up, in whichever of two lets it start higher. The text column keeps its own rhythm:
 * no gloss opens a gap in it. Until placed, glosses are hidden (glosses.css). A gloss that repeats
 * one earlier on the page, as the reading page glosses an actor once an answer, is set short.
 *
 * Placement rides on the browser's own layout. Every paragraph and gloss is observed: the observer
 * is called after a frame's layout and before its paint whenever one first renders or changes size
 * (a narrower window, larger text, a gloss opened), so positions are read without forcing a layout
 * of their own. Placing moves glosses but resizes nothing observed, so it never calls itself.
 */
const TWO_MARGINS = '(min-width: 80rem)';

export function start(layout: GlossLayout): GlossMode {
  const twoMargins = window.matchMedia(TWO_MARGINS);
  markRepeats(layout.glosses);
  let placedOnce = false;

  const place = () => {
    const sides: Side[] = twoMargins.matches ? ['left', 'right'] : ['right'];
    layout.dataset['laidOut'] = '';
    // Reads every position first, then writes every one, so a placement costs one layout.
    const glosses = layout.glosses.filter((gloss) => gloss.parentElement?.matches('.glosses'));
    const top = layout.getBoundingClientRect().top;
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
    const placed = placeMarginNotes(notes, { sides, gap });
    glosses.forEach((gloss, index) => {
      gloss.dataset['side'] = placed[index]!.side;
      gloss.style.insetBlockStart = `${placed[index]!.top - notes[index]!.passageTop}px`;
    });
    // Glosses may run past the last answer's words; the layout grows to hold them.
    const lowest = Math.max(0, ...placed.map((placement, index) => placement.top + notes[index]!.height));
    const height = layout.getBoundingClientRect().height - (parseFloat(layout.style.paddingBlockEnd) || 0);
    layout.style.paddingBlockEnd = lowest > height ? `${lowest - height}px` : '';

    // Arriving at a link to a gloss, bring the gloss into view where it now stands.
    const target = placedOnce ? null : layout.linkedTarget();
    if (target?.matches('.gloss')) target.scrollIntoView({ block: 'center' });
    placedOnce = true;
  };

  const observer = new ResizeObserver(place);
  for (const box of layout.querySelectorAll('.passage > p, .gloss')) observer.observe(box);
  twoMargins.addEventListener('change', place);

  return {
    stop() {
      observer.disconnect();
      twoMargins.removeEventListener('change', place);
      delete layout.dataset['laidOut'];
      layout.style.removeProperty('padding-block-end');
      for (const gloss of layout.glosses) {
        gloss.style.removeProperty('inset-block-start');
        gloss.classList.remove('gloss--again');
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
