import { WORDS_ONLY_ATTRIBUTE, WORDS_ONLY_KEY } from './words-only-preference';

/**
 * `<words-only>` holds a toggle button that hides the editors' glosses and notes, so the reader
 * has the interviewee's words alone. Off by default; the choice is kept in localStorage for every
 * page and visit, and set on `<html>` before any gloss is painted by WordsOnlyPreference.astro. Print
 * follows it. Without JavaScript the button is not shown, and glosses and notes always are.
 */
export class WordsOnly extends HTMLElement {
  get #button() {
    return this.querySelector<HTMLButtonElement>('button')!;
  }

  connectedCallback() {
    this.#show(document.documentElement.hasAttribute(WORDS_ONLY_ATTRIBUTE));
    this.#button.addEventListener('click', this.#toggle);
  }

  #toggle = () => {
    const on = this.#button.getAttribute('aria-pressed') !== 'true';
    try {
      if (on) localStorage.setItem(WORDS_ONLY_KEY, 'on');
      else localStorage.removeItem(WORDS_ONLY_KEY);
    } catch {
      // Storage refused (a private window, a policy): the choice holds for this page only.
    }
    this.#show(on);
  };

  #show(on: boolean) {
    document.documentElement.toggleAttribute(WORDS_ONLY_ATTRIBUTE, on);
    this.#button.setAttribute('aria-pressed', String(on));
  }
}

customElements.define('words-only', WordsOnly);
