import { fragmentTarget } from './fragment-target';

/**
 * `<gloss-layout>` enhances the margin glosses of the answers inside it. The page works without
 * it: glosses are laid out by CSS and mentions link to them.
 *
 * - Wide screens: each gloss moves down to the line of its mention, and never above the end of
 *   the gloss before it, so glosses cannot overlap; the grid row grows if it must.
 * - Narrow screens: each first mention becomes a disclosure button that opens its gloss inline,
 *   under the line it sits on. Enter or Space toggles it, Esc closes it.
 * - Everywhere: hovering or focusing a mention highlights its gloss, and the reverse.
 * - A link to a gloss (`#gloss-war-brics`) opens it, so every annotation can be linked to.
 */
const WIDE_QUERY = '(min-width: 75rem)';
/** A first mention: it links to its gloss; a later one links to the actor's entry. */
const MENTION = 'a.mention:not(.mention--later)';

export class GlossLayout extends HTMLElement {
  #wide = window.matchMedia(WIDE_QUERY);
  /**
   * Alignment rides on the browser's own layout. Every paragraph and gloss is observed: the observer
   * is called after a frame's layout and before its paint whenever one first renders or changes size
   * (a narrower window, larger text, a gloss shown again), so positions are read without forcing a
   * layout, and only the passages that changed are aligned. Aligning moves glosses but resizes
   * neither paragraphs nor glosses, so it never calls itself again.
   */
  #resizeObserver = new ResizeObserver((entries) =>
    this.#align(new Set(entries.map((entry) => entry.target.closest('.passage')))),
  );
  #aligned = false;
  /** Where an open gloss came from, so that closing it puts it back. */
  #homes = new Map<HTMLElement, Comment>();

  connectedCallback() {
    // The HTML leaves the description out to stay within its byte budget: the href names the gloss.
    for (const mention of this.#mentions) mention.setAttribute('aria-describedby', mention.hash.slice(1));
    this.#wide.addEventListener('change', this.#applyMode);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeydown);
    for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout'] as const)
      this.addEventListener(type, this.#onLinkedHighlight);
    window.addEventListener('beforeprint', this.#closeAll);
    window.addEventListener('hashchange', this.#openLinkedGloss);
    for (const box of this.querySelectorAll('.passage > p, .glosses > .gloss')) this.#resizeObserver.observe(box);
    this.#applyMode();
  }

  disconnectedCallback() {
    this.#wide.removeEventListener('change', this.#applyMode);
    window.removeEventListener('beforeprint', this.#closeAll);
    window.removeEventListener('hashchange', this.#openLinkedGloss);
    this.#resizeObserver.disconnect();
  }

  get #mentions() {
    return [...this.querySelectorAll<HTMLAnchorElement>(MENTION)];
  }

  #glossOf(mention: Element) {
    return mention instanceof HTMLAnchorElement ? fragmentTarget(mention.hash) : null;
  }

  #applyMode = () => {
    this.#closeAll();
    if (this.#wide.matches) {
      for (const mention of this.#mentions) {
        mention.removeAttribute('role');
        mention.removeAttribute('aria-expanded');
        mention.removeAttribute('aria-controls');
      }
    } else {
      for (const gloss of this.querySelectorAll<HTMLElement>('.glosses > .gloss')) gloss.style.marginBlockStart = '';
      for (const mention of this.#mentions) {
        mention.setAttribute('role', 'button');
        mention.setAttribute('aria-expanded', 'false');
        mention.setAttribute('aria-controls', mention.getAttribute('aria-describedby') ?? '');
      }
      this.#openLinkedGloss();
    }
  };

  /** On a narrow screen a gloss is hidden until opened: a link to one opens it under its mention. */
  #openLinkedGloss = () => {
    if (this.#wide.matches || !location.hash) return;
    const target = fragmentTarget(location.hash);
    const mention = target?.matches('.gloss') && this.contains(target) ? mentionOf(target) : null;
    if (!(mention instanceof HTMLAnchorElement)) return;
    this.#open(mention);
    target!.scrollIntoView({ block: 'center' });
  };

  /** Lines up the glosses of these passages: reads every position first, then writes every margin. */
  #align(passages: Set<Element | null>) {
    if (!this.#wide.matches) return;
    const asides = [...passages].flatMap((passage) => [
      ...(passage?.querySelectorAll<HTMLElement>(':scope > .glosses') ?? []),
    ]);
    const glossesOf = (aside: HTMLElement) => [...aside.querySelectorAll<HTMLElement>(':scope > .gloss')];
    // Where a mention's line sits, relative to the top of its aside, does not depend on the glosses'
    // margins (the aside is a grid item of the mention's own row), so the layout is measured as it
    // is, without resetting the margins first.

    const plans = asides.map((aside) => {
      const top = aside.getBoundingClientRect().top;
      const gap = lengthInPixels(getComputedStyle(aside).getPropertyValue('--note-gap'));
      const glosses = glossesOf(aside).map((gloss) => {
        const mention = mentionOf(gloss);
        const line = mention?.getClientRects()[0];
        return { gloss, height: gloss.getBoundingClientRect().height, wanted: line ? line.top - top : 0 };
      });
      return { gap, glosses };
    });

    for (const { gap, glosses } of plans) {
      let bottom = 0;
      glosses.forEach(({ gloss, height, wanted }, index) => {
        const top = Math.max(wanted, index === 0 ? 0 : bottom + gap);
        gloss.style.marginBlockStart = `${top - bottom}px`;
        bottom = top + height;
      });
    }

    // Glosses can lengthen a passage; keep a linked target where the reader arrived.
    if (!this.#aligned && location.hash) fragmentTarget(location.hash)?.scrollIntoView();
    this.#aligned = true;
  }

  #onClick = (event: MouseEvent) => {
    const mention = (event.target as Element).closest<HTMLAnchorElement>(`${MENTION}[aria-expanded]`);
    if (!mention) return;
    event.preventDefault();
    this.#toggle(mention);
  };

  #onKeydown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (event.key === ' ' && target.matches(`${MENTION}[aria-expanded]`)) {
      event.preventDefault();
      this.#toggle(target as HTMLAnchorElement);
    } else if (event.key === 'Escape') {
      const open =
        target.closest('p > .gloss') ??
        (target.matches(`${MENTION}[aria-expanded='true']`) ? this.#glossOf(target) : null);
      const mention = open && this.querySelector<HTMLAnchorElement>(`${MENTION}[href='#${open.id}']`);
      if (!mention) return;
      this.#close(mention);
      mention.focus();
    }
  };

  #toggle(mention: HTMLAnchorElement) {
    if (mention.getAttribute('aria-expanded') === 'true') this.#close(mention);
    else this.#open(mention);
  }

  /** Moves the gloss in after the mention and any punctuation that clings to it ("NATO’s,"). */
  #open(mention: HTMLAnchorElement) {
    const gloss = this.#glossOf(mention);
    if (!gloss || this.#homes.has(gloss)) return;
    const home = document.createComment('gloss');
    gloss.before(home);
    this.#homes.set(gloss, home);

    let after: ChildNode = mention;
    const next = mention.nextSibling;
    if (next instanceof Text) {
      const clinging = /^\S*/.exec(next.data)?.[0].length ?? 0;
      if (clinging > 0) {
        if (clinging < next.data.length) next.splitText(clinging);
        after = next;
      }
    }
    after.after(gloss);
    mention.setAttribute('aria-expanded', 'true');
  }

  #close(mention: HTMLAnchorElement) {
    const gloss = this.#glossOf(mention);
    const home = gloss && this.#homes.get(gloss);
    if (!gloss || !home) return;
    const paragraph = gloss.parentElement;
    home.replaceWith(gloss);
    this.#homes.delete(gloss);
    paragraph?.normalize();
    mention.setAttribute('aria-expanded', 'false');
  }

  #closeAll = () => {
    for (const mention of this.#mentions) this.#close(mention);
  };

  #onLinkedHighlight = (event: Event) => {
    const on = event.type === 'pointerover' || event.type === 'focusin';
    const element = (event.target as Element).closest<HTMLElement>(`${MENTION}, .gloss`);
    if (!element) return;
    const partner = element.matches(MENTION) ? this.#glossOf(element) : mentionOf(element);
    for (const linked of [element, partner]) linked?.classList.toggle('is-linked', on);
  };
}

/** The mention a gloss belongs to: the one its back link points to. */
function mentionOf(gloss: Element) {
  const back = gloss.querySelector<HTMLAnchorElement>(':scope > .gloss-back');
  return back ? fragmentTarget(back.hash) : null;
}

/** `0.75rem` or `12px` in pixels. */
function lengthInPixels(value: string): number {
  const number = parseFloat(value);
  if (Number.isNaN(number)) return 0;
  return value.trim().endsWith('rem')
    ? number * parseFloat(getComputedStyle(document.documentElement).fontSize)
    : number;
}

customElements.define('gloss-layout', GlossLayout);
