import { trapFocus } from './focus-trap';
import { isSearchShortcut, isTypedCharacter, isTypingTarget } from './search-shortcut';

/** The part of Pagefind's `<pagefind-modal>` that we call. */
interface PagefindModalElement extends HTMLElement {
  open(): void;
  dialogEl: HTMLDialogElement | null;
}

/** Builds an element of Pagefind's Component UI; they upgrade once its script has run. */
const part = (tag: string, attributes: Record<string, string> = {}, ...children: Element[]) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

/**
 * `<site-search>` holds the header's search button. Pagefind's Component UI and index are fetched
 * only once a reader shows intent: pointing at or focusing the button, pressing `/`, Ctrl+K or ⌘+K,
 * or arriving with `?q=`. Until then the page loads no search bytes. What the reader types while
 * it loads goes into the field when it opens. While it is open, `?q=` in the address follows the
 * field, so the search can be shared; closing it restores the address. Without JavaScript the
 * element stays undefined, and CSS shows its note that search needs JavaScript instead.
 *
 * Configured by `data-bundle` (Pagefind's folder), `data-base` (the site's base, for result
 * URLs), `data-highlight-param` and `data-query-param`.
 */
export class SiteSearch extends HTMLElement {
  #modal: Promise<PagefindModalElement> | undefined;
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

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKeydown);
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

  /** Opens the search dialog, running `query`, or what the reader typed while it loaded. */
  async open(query?: string) {
    let modal: PagefindModalElement;
    // Said only when the reader is waiting for it, not while it loads ahead on pointing or focus.
    const saying = window.setTimeout(() => this.#say('Loading search…'), 150);
    this.#opening = true;
    try {
      modal = await this.load();
    } catch {
      this.#say('Search could not load. Check your connection and try again.');
      this.#typedAhead = '';
      return;
    } finally {
      window.clearTimeout(saying);
      this.#opening = false;
    }
    this.#say('');
    modal.open();
    this.#button.setAttribute('aria-expanded', 'true');
    const field = modal.querySelector<HTMLInputElement>('pagefind-input input');
    const text = query ?? (this.#typedAhead || undefined);
    this.#typedAhead = '';
    if (!field) return;
    field.focus();
    if (text !== undefined) {
      // Typed into the field, the query runs through the Component UI's own path, as if the reader had typed it.
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  /** Keeps `?q=` in the address in step with the field, so that an open search can be shared. */
  #showQuery(query: string) {
    const url = new URL(window.location.href);
    const param = this.dataset.queryParam ?? 'q';
    if (query.trim() === '') url.searchParams.delete(param);
    else url.searchParams.set(param, query);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }

  /** Fetches Pagefind's Component UI once and sets up its dialog. */
  load(): Promise<PagefindModalElement> {
    this.#modal ??= this.#load().catch((error: unknown) => {
      this.#modal = undefined;
      throw error;
    });
    return this.#modal;
  }

  async #load(): Promise<PagefindModalElement> {
    const bundle = this.dataset.bundle ?? '/pagefind/';
    // The config must be in the document before the script runs, so that it applies before the first search.
    const config = part('pagefind-config', {
      'bundle-path': bundle,
      'base-url': this.dataset.base ?? '/',
      'highlight-param': this.dataset.highlightParam ?? 'pagefind-highlight',
      'excerpt-length': '24',
    });
    const modal = part(
      'pagefind-modal',
      { class: 'search-dialog' },
      part(
        'pagefind-modal-header',
        {},
        part('pagefind-input', { placeholder: 'Search for a country, an organisation…' }),
      ),
      part(
        'pagefind-modal-body',
        {},
        part('pagefind-filter-pane', { open: '' }),
        part('pagefind-summary'),
        part('pagefind-results'),
      ),
      part('pagefind-modal-footer', {}, part('pagefind-keyboard-hints')),
    ) as PagefindModalElement;
    document.body.append(config, modal);
    const style = part('link', { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
    const script = part('script', { src: `${bundle}pagefind-component-ui.js` });
    try {
      await Promise.all([loaded(style), loaded(script)]);
    } catch (error) {
      // Leave nothing half-made behind, so that the next intent tries again from the start.
      for (const element of [config, modal, style, script]) element.remove();
      throw error;
    }
    await customElements.whenDefined('pagefind-modal');
    const dialog = modal.dialogEl;
    if (!dialog) throw new Error('Pagefind’s modal made no dialog');
    dialog.setAttribute('aria-label', 'Search the interview');
    trapFocus(dialog);
    dialog.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search')
        this.#showQuery(event.target.value);
    });
    // Leaving search, by closing it or following a result, leaves the address as it was, so that
    // Back returns to the page the reader searched from rather than to search.
    dialog.addEventListener('close', () => {
      this.#button.setAttribute('aria-expanded', 'false');
      this.#showQuery('');
    });
    dialog.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('pagefind-results a')) this.#showQuery('');
      },
      true,
    );
    return modal;
  }

  #say(message: string) {
    const status = this.querySelector('.site-search-status');
    if (status) status.textContent = message;
  }
}

/** Adds a stylesheet or classic script to the head and resolves once it has loaded. */
function loaded(element: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${element.outerHTML}`)), { once: true });
    document.head.append(element);
  });
}

customElements.define('site-search', SiteSearch);
