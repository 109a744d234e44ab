import type { GlossLayout, GlossMode } from './gloss-layout';

/**
 * Narrow screens: each first mention becomes a disclosure button that opens its gloss inline,
 * after the mention and any punctuation that clings to it ("NATO’s,"), under the line it sits on.
 * Enter, Space or a tap toggles it; Esc closes it and returns to the mention. A link to a gloss
 * (`#gloss-<slug>-<actor>`) opens it. Print closes every gloss, which print sets as notes instead.
 */
export function start(layout: GlossLayout): GlossMode {
  /** Where an open gloss came from, so that closing it puts it back. */
  const homes = new Map<HTMLElement, Comment>();
  const buttons = () => layout.firstMentions;

  const open = (mention: HTMLAnchorElement) => {
    const gloss = layout.glossOf(mention);
    if (!gloss || homes.has(gloss)) return;
    const home = document.createComment('gloss');
    gloss.before(home);
    homes.set(gloss, home);
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
  };

  const close = (mention: HTMLAnchorElement) => {
    const gloss = layout.glossOf(mention);
    const home = gloss && homes.get(gloss);
    if (!gloss || !home) return;
    const paragraph = gloss.parentElement;
    home.replaceWith(gloss);
    homes.delete(gloss);
    paragraph?.normalize();
    mention.setAttribute('aria-expanded', 'false');
  };

  const toggle = (mention: HTMLAnchorElement) => {
    if (layout.wordsOnly) return;
    if (mention.getAttribute('aria-expanded') === 'true') close(mention);
    else open(mention);
  };

  const closeAll = () => {
    for (const mention of buttons()) close(mention);
  };

  const openLinked = () => {
    const target = layout.linkedTarget();
    const mention = target?.matches('.gloss') && layout.contains(target) ? layout.mentionOf(target) : null;
    if (!mention) return;
    open(mention);
    target!.scrollIntoView({ block: 'center' });
  };

  const onClick = (event: MouseEvent) => {
    const mention = (event.target as Element).closest<HTMLAnchorElement>('a.mention[aria-expanded]');
    if (!mention) return;
    event.preventDefault();
    toggle(mention);
  };

  const onKeydown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (event.key === ' ' && target.matches('a.mention[aria-expanded]')) {
      event.preventDefault();
      toggle(target as HTMLAnchorElement);
    } else if (event.key === 'Escape') {
      const gloss =
        target.closest<HTMLElement>('p > .gloss') ??
        (target.matches("a.mention[aria-expanded='true']") ? layout.glossOf(target) : null);
      const mention = gloss && layout.mentionOf(gloss);
      if (!mention) return;
      close(mention);
      mention.focus();
    }
  };

  for (const mention of buttons()) {
    mention.setAttribute('role', 'button');
    mention.setAttribute('aria-expanded', 'false');
    mention.setAttribute('aria-controls', mention.hash.slice(1));
  }
  layout.addEventListener('click', onClick);
  layout.addEventListener('keydown', onKeydown);
  window.addEventListener('beforeprint', closeAll);
  window.addEventListener('hashchange', openLinked);
  openLinked();

  return {
    stop() {
      closeAll();
      layout.removeEventListener('click', onClick);
      layout.removeEventListener('keydown', onKeydown);
      window.removeEventListener('beforeprint', closeAll);
      window.removeEventListener('hashchange', openLinked);
      for (const mention of buttons()) {
        mention.removeAttribute('role');
        mention.removeAttribute('aria-expanded');
        mention.removeAttribute('aria-controls');
      }
    },
  };
}
