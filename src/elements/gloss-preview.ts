import previewStylesheet from '../styles/gloss-preview.css?url';
import type { GlossLayout } from './gloss-layout';

/**
 * Previews of glosses, for mentions that have no whole gloss beside them: a later mention, and,
 * on a wide page, a first mention whose gloss the margin shows cut short. Fetched by
 * gloss-layout.ts the first time a mention is pointed at or focused, which it passes on.
 *
 * - Pointing: shown after a short pause, hidden when the pointer leaves the mention.
 * - Keyboard: shown while the mention has focus; Esc hides it. It takes no focus and holds no link,
 *   so Tab goes on as before and nothing is trapped.
 * - Touch: the first tap shows it, a second tap follows the mention's link.
 *
 * It never covers the words being read: on a wide page it sits in the margin, over the mention's
 * own gloss or beside its line; on a narrow one, along the edge of the screen farther from the
 * mention.
 */
const POINTER_DELAY_MS = 300;
const MARGINS = '(scripting: enabled) and (min-width: 68.75rem)';
const TWO_MARGINS = '(min-width: 80rem)';
const PREVIEW_ID = 'gloss-preview';

/** Starts previewing the mentions of `layout`, beginning with the event that asked for it. */
export async function previewGlosses(layout: GlossLayout, first: Event) {
  await loadStylesheet();
  const preview = document.createElement('div');
  preview.id = PREVIEW_ID;
  preview.className = 'gloss-preview';
  preview.setAttribute('role', 'tooltip');
  preview.hidden = true;
  // In the page's main landmark, as all its content is.
  (document.querySelector('main') ?? document.body).append(preview);

  let shownFor: HTMLAnchorElement | undefined;
  let pending: number | undefined;

  /** A later mention previews its actor's gloss; a first one, its gloss when the margin cuts it short. */
  const previewed = (target: EventTarget | null) => {
    const mention = (target as Element | null)?.closest?.<HTMLAnchorElement>('a.mention');
    if (!mention || layout.wordsOnly) return undefined;
    if (mention.matches('.mention--later')) return mention;
    const gloss = layout.glossOf(mention);
    const cut = layout.dataset['laidOut'] !== undefined && gloss && gloss.scrollHeight > gloss.clientHeight + 1;
    return cut ? mention : undefined;
  };

  const show = (mention: HTMLAnchorElement) => {
    const own = mention.matches('.mention--later') ? undefined : (layout.glossOf(mention) ?? undefined);
    const actor = own ? entryOf(own) : mention.href;
    const whole = layout.glosses.find((gloss) => entryOf(gloss) === actor);
    if (!whole) return;
    preview.replaceChildren(...[...whole.childNodes].map(inert));
    if (shownFor && shownFor !== mention) shownFor.removeAttribute('aria-describedby');
    if (mention.matches('.mention--later')) mention.setAttribute('aria-describedby', PREVIEW_ID);
    shownFor = mention;
    preview.hidden = false;
    place(preview, mention, own);
  };

  const hide = () => {
    window.clearTimeout(pending);
    if (!shownFor) return;
    preview.hidden = true;
    if (shownFor.matches('.mention--later')) shownFor.removeAttribute('aria-describedby');
    shownFor = undefined;
  };

  /** `first`: the event that fetched this code, whose tap gloss-layout.ts has held already. */
  const handle = (event: Event, first = false) => {
    const mention = previewed(event.target);
    if (!mention) return;
    // Moving between the words of one mention is not leaving it.
    if (event.type === 'pointerout' && mention.contains((event as PointerEvent).relatedTarget as Node)) return;
    window.clearTimeout(pending);
    const touch = (event as PointerEvent).pointerType === 'touch';
    if (event.type === 'focusin') show(mention);
    else if (event.type === 'pointerover' && touch) {
      if (shownFor === mention) return;
      // The first tap previews; the link waits for a second.
      if (!first) mention.addEventListener('click', (click) => click.preventDefault(), { once: true });
      show(mention);
    } else if (event.type === 'pointerover') pending = window.setTimeout(() => show(mention), POINTER_DELAY_MS);
    else if (event.type === 'focusout' || (!touch && document.activeElement !== mention)) hide();
  };

  for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout'] as const)
    layout.addEventListener(type, handle);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  // A tap anywhere else puts a touch preview away.
  document.addEventListener('pointerdown', (event) => {
    if (shownFor && !shownFor.contains(event.target as Node)) hide();
  });
  // The mention that asked for the preview, unless a pointer has left it since.
  const target = first.target as Element;
  if ((first as PointerEvent).pointerType !== 'mouse' || target.matches(':hover')) handle(first, true);
}

/** The actor's entry a gloss names: which glosses, and mentions, are of one actor. */
const entryOf = (gloss: Element) => gloss.querySelector<HTMLAnchorElement>('.gloss-name')?.href ?? gloss.id;

/**
 * Over the mention's own gloss if the margin has it, else beside the mention's line in the nearer
 * margin; on a narrow screen, at the edge of the screen farther from the mention.
 */
function place(box: HTMLElement, mention: HTMLAnchorElement, own: HTMLElement | undefined) {
  const line = mention.getClientRects()[0] ?? mention.getBoundingClientRect();
  box.style.removeProperty('inset-block-start');
  box.style.removeProperty('inset-inline-start');
  if (!window.matchMedia(MARGINS).matches) {
    box.dataset['at'] = line.top > window.innerHeight / 2 ? 'top' : 'bottom';
    return;
  }
  box.dataset['at'] = 'margin';
  let x: number;
  let y: number;
  if (own) {
    ({ left: x, top: y } = own.getBoundingClientRect());
  } else {
    const column = (mention.closest('.passage') ?? mention).getBoundingClientRect();
    // The preview's column gap is the page's gutter (gloss-preview.css).
    const gutter = parseFloat(getComputedStyle(box).columnGap) || 0;
    const left = window.matchMedia(TWO_MARGINS).matches && line.left + line.width / 2 < column.left + column.width / 2;
    x = left ? column.left - gutter - box.getBoundingClientRect().width : column.right + gutter;
    y = line.top;
  }
  box.style.insetBlockStart = `${y + window.scrollY}px`;
  box.style.insetInlineStart = `${x + window.scrollX}px`;
}

/** A copy of a gloss's content with its links as plain words: a preview is read, not used. */
function inert(node: Node): Node {
  const copy = node.cloneNode(true);
  if (!(copy instanceof Element)) return copy;
  if (copy.matches('.gloss-back')) return document.createTextNode('');
  const links = copy.matches('a') ? [copy] : [...copy.querySelectorAll('a')];
  for (const link of links) {
    const words = document.createElement('span');
    words.className = link.className;
    words.append(...link.childNodes);
    if (link === copy) return words;
    link.replaceWith(words);
  }
  return copy;
}

/** The preview's stylesheet, which no page needs before its first preview. */
function loadStylesheet() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = previewStylesheet;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}
