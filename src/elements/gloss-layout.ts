import { fragmentTarget } from './fragment-target';
import { WORDS_ONLY_ATTRIBUTE } from './words-only-preference';

/**
 * `<gloss-layout>` enhances the glosses of the answers inside it. The page works without it:
 * glosses are laid out by CSS and mentions link to them.
 *
 * - Wide screens (`MARGINS`): every gloss sits in a margin beside the line of its mention, out of
 *   the text's flow (`gloss-margins.ts`).
 * - Narrow screens: each first mention opens its gloss inline, under its line (`gloss-inline.ts`).
 * - Everywhere: hovering or focusing a mention highlights its gloss, and the reverse; each gloss
 *   gets a link back to its mention; a mention with no whole gloss beside it previews one
 *   (`gloss-preview.ts`).
 *
 * Each mode, and the preview, is fetched when first wanted, so a page loads the code of one mode
 * only. Those modules import nothing: what they need of the page, they ask this element.
 */
const MARGINS = '(scripting: enabled) and (min-width: 68.75rem)';
/** A first mention links to its gloss; a later one links to the actor's entry. */
const FIRST_MENTION = 'a.mention:not(.mention--later)';

/** A way of setting the glosses out; `stop` undoes what it did to the page. */
export interface GlossMode {
  stop(): void;
}

/** It lives as long as its page, so it has nothing to undo on disconnection. */
export class GlossLayout extends HTMLElement {
  #margins = window.matchMedia(MARGINS);
  #mode: GlossMode | undefined;
  #preview: Promise<void> | undefined;

  connectedCallback() {
    for (const mention of this.firstMentions) mention.setAttribute('aria-describedby', mention.hash.slice(1));
    for (const gloss of this.glosses) gloss.append(' ', backLink(gloss));
    for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout'] as const)
      this.addEventListener(type, this.#onPointOrFocus);
    this.#margins.addEventListener('change', this.#applyMode);
    void this.#applyMode();
  }

  get firstMentions() {
    return [...this.querySelectorAll<HTMLAnchorElement>(FIRST_MENTION)];
  }

  get glosses() {
    return [...this.querySelectorAll<HTMLElement>('.gloss')];
  }

  /** The gloss a first mention links to. */
  glossOf(mention: Element) {
    return fragmentTarget((mention as HTMLAnchorElement).hash);
  }

  /** The mention a gloss belongs to: `gloss-<slug>-<actor>` explains `mention-<slug>-<actor>`. */
  mentionOf(gloss: Element) {
    return document.getElementById(gloss.id.replace(/^gloss-/, 'mention-')) as HTMLAnchorElement | null;
  }

  /** The element a link to this page (`location.hash`) points to, if any. */
  linkedTarget() {
    return fragmentTarget(location.hash);
  }

  /** Whether the reader chose the words alone (words-only.ts): glosses and previews stay out of sight. */
  get wordsOnly() {
    return document.documentElement.hasAttribute(WORDS_ONLY_ATTRIBUTE);
  }

  /** Starts the mode the screen's width asks for; `data-mode` says which has started. */
  #applyMode = async () => {
    const margins = this.#margins.matches;
    const mode = margins ? await import('./gloss-margins') : await import('./gloss-inline');
    // The width may have changed again while the code came: then the later change starts its own mode.
    if (margins !== this.#margins.matches) return;
    this.#mode?.stop();
    this.#mode = mode.start(this);
    this.dataset['mode'] = margins ? 'margins' : 'inline';
  };

  /**
   * Links a mention and its gloss while either is pointed at or focused. The first time a mention
   * is, the preview's code is fetched, and it takes over the mentions that preview.
   */
  #onPointOrFocus = (event: Event) => {
    const on = event.type === 'pointerover' || event.type === 'focusin';
    const element = (event.target as Element).closest<HTMLElement>(`${FIRST_MENTION}, .gloss`);
    if (element) {
      const partner = element.matches('.gloss') ? this.mentionOf(element) : this.glossOf(element);
      for (const linked of [element, partner]) linked?.classList.toggle('is-linked', on);
    }
    const mention = (event.target as Element).closest('a.mention');
    if (!on || this.#preview || !mention) return;
    // A first tap previews (gloss-preview.ts): the link must wait even before that code has come.
    if ((event as PointerEvent).pointerType === 'touch')
      mention.addEventListener('click', (click) => click.preventDefault(), { once: true });
    // `module.previewGlosses`, not destructured: Vite wraps a destructuring import in longer code.
    this.#preview = import('./gloss-preview').then((module) => module.previewGlosses(this, event));
  };
}

/** The link from a gloss back to its mention, added here rather than sent with every page. */
function backLink(gloss: HTMLElement) {
  const link = document.createElement('a');
  link.className = 'gloss-back';
  link.href = `#${gloss.id.replace(/^gloss-/, 'mention-')}`;
  link.setAttribute('aria-label', 'Back to the mention');
  link.textContent = '↩';
  return link;
}

customElements.define('gloss-layout', GlossLayout);
