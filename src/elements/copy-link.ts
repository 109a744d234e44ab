/**
 * `<copy-link>` wraps a plain link to an answer's page, or a citation and a hidden copy button.
 * With JavaScript, activating the link copies its full URL instead of following it, and the button,
 * shown, copies the citation; the element's status region says so. Without JavaScript, or where
 * the clipboard is refused, the link stays a link and the citation stays text to select.
 */
export class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (button && navigator.clipboard) button.hidden = false;
    (button ?? this.querySelector('a'))?.addEventListener('click', this.#copy);
  }

  #copy = async (event: Event) => {
    const link = event.currentTarget instanceof HTMLAnchorElement ? event.currentTarget : undefined;
    const { ctrlKey, metaKey, shiftKey, altKey } = event as MouseEvent;
    if (!navigator.clipboard || ctrlKey || metaKey || shiftKey || altKey) return;
    event.preventDefault();
    const status = this.querySelector('[role="status"]');
    try {
      await navigator.clipboard.writeText(link?.href ?? this.querySelector('p')?.textContent ?? '');
      if (status) status.textContent = link ? 'Link copied' : 'Citation copied';
    } catch {
      if (link) location.assign(link.href);
      else if (status) status.textContent = 'Select the text to copy it';
      return;
    }
    setTimeout(() => {
      if (status) status.textContent = '';
    }, 4000);
  };
}

customElements.define('copy-link', CopyLink);
