import { WORDS_ONLY_ATTRIBUTE, WORDS_ONLY_KEY } from './words-only-preference';

/*
 * The button in `<words-only>` hides the editors' glosses and notes, so the reader has the
 * interviewee's words alone. Off by default; the choice is kept in localStorage for every page and
 * visit, and set on `<html>` before any gloss is painted by WordsOnlyPreference.astro. Print follows
 * it. Without JavaScript the button is not shown, and glosses and notes always are. Plain code, not a
 * custom element: a module runs once the page is parsed, and the class would cost every page bytes.
 */
const button = document.querySelector('words-only button');

function show(on: boolean) {
  document.documentElement.toggleAttribute(WORDS_ONLY_ATTRIBUTE, on);
  button?.setAttribute('aria-pressed', String(on));
}

show(document.documentElement.hasAttribute(WORDS_ONLY_ATTRIBUTE));
button?.addEventListener('click', () => {
  const on = button.getAttribute('aria-pressed') !== 'true';
  try {
    if (on) localStorage.setItem(WORDS_ONLY_KEY, 'on');
    else localStorage.removeItem(WORDS_ONLY_KEY);
  } catch {
    // Storage refused (a private window, a policy): the choice holds for this page only.
  }
  show(on);
});
