/**
 * `<copy-link>` wraps a plain link to an answer's page. With JavaScript, activating the link
 * copies its full URL instead of following it, and says so in the element's status region.
 * Without JavaScript, or where the clipboard is refused, it stays a link.
 */
export class CopyLink extends HTMLElement {
  connectedCallback() {
    this.querySelector('a')?.addEventListener('click', this.#copy);
  }

  #copy = async (event: MouseEvent) => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (!navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const status = this.querySelector('[role="status"]');
    try {
      await navigator.clipboard.writeText(link.href);
      if (status) status.textContent = 'Link copied';
    } catch {
      location.assign(link.href);
      return;
    }
    setTimeout(() => {
      if (status) status.textContent = '';
    }, 4000);
  };
}

customElements.define('copy-link', CopyLink);
