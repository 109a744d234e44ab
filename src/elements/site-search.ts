import type { SearchDialog } from './search-dialog';
import { isSearchShortcut, isTypedCharacter, isTypingTarget } from './search-shortcut';

/**
 * `<site-search>` holds the header's search button. The dialog's code, Pagefind's Component UI and
 * its index are fetched only once a reader shows intent: pointing at or focusing the button,
 * pressing `/`, Ctrl+K or ⌘+K, or arriving with `?q=`. Until then the page loads no search bytes. What the reader types while
 * it loads goes into the field when it opens. While it is open, `?q=` in the address follows the
 * field, so the search can be shared; closing it restores the address. Without JavaScript the
 * element stays undefined, and CSS shows its note that search needs JavaScript instead.
 *
 * Configured by `data-query-param`, and, read by search-dialog.ts when search loads, `data-bundle` (Pagefind's folder), `data-base` (the site's base, for result
 * URLs), `data-highlight-param` and `data-query-param`.
 */
/** It lives as long as its page, so it has nothing to undo on disconnection. */
export class SiteSearch extends HTMLElement {
  #dialog: Promise<SearchDialog> | undefined;
  /** Whether the dialog has been asked for and is still loading. */
  #opening = false;
  /** What the reader typed while it loaded, for the field once it opens. */
  #typedAhead = '';

  get #button() {
    return this.querySelector<HTMLButtonElement>('.site-search-open')!;
  }

  connectedCallback() {
    const button = this.#button;
    for (const intent of ['pointerenter', 'focus', 'touchstart']) {
      button.addEventListener(intent, () => void this.load().catch(() => {}), { once: true, passive: true });
    }
    button.addEventListener('click', () => void this.open());
    document.addEventListener('keydown', this.#onKeydown);

    const query = new URLSearchParams(window.location.search).get(this.dataset.queryParam ?? 'q');
    if (query !== null) void this.open(query);
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (this.#opening && !isTypingTarget(document.activeElement)) {
      if (isTypedCharacter(event)) this.#typedAhead += event.key;
      else if (event.key === 'Backspace') this.#typedAhead = this.#typedAhead.slice(0, -1);
      else return;
      event.preventDefault();
      return;
    }
    if (event.defaultPrevented || !isSearchShortcut(event) || isTypingTarget(document.activeElement)) return;
    event.preventDefault();
    void this.open();
  };

  /** Opens the search dialog, running `query` and what the reader typed while it loaded. */
  async open(query?: string) {
    if (query !== undefined) this.#typedAhead = query;
    let dialog: SearchDialog;
    // Said only when the reader is waiting for it, not while it loads ahead on pointing or focus.
    const saying = window.setTimeout(() => this.#say('Loading search…'), 150);
    this.#opening = true;
    try {
      dialog = await this.load();
    } catch {
      this.#say('Search could not load. Check your connection and try again.');
      this.#typedAhead = '';
      return;
    } finally {
      window.clearTimeout(saying);
      this.#opening = false;
    }
    this.#say('');
    dialog.show(this.#typedAhead || undefined);
    this.#typedAhead = '';
  }

  /**
   * Fetches the search dialog once: our code for it, then Pagefind's Component UI, read from this
   * element's data. Pagefind reads its index for the words typed so far while the rest loads.
   */
  load(): Promise<SearchDialog> {
    // Not destructured: Vite would wrap a destructured import in an async function of its own.
    this.#dialog ??= import('./search-dialog')
      .then((module) => module.createSearchDialog(this, () => this.#typedAhead))
      .catch((error: unknown) => {
        this.#dialog = undefined;
        throw error;
      });
    return this.#dialog;
  }

  #say(message: string) {
    const status = this.querySelector('.site-search-status');
    if (status) status.textContent = message;
  }
}

customElements.define('site-search', SiteSearch);
