/**
 * Copy controls: in a `<copy-link>`, a link to an answer copies its URL instead of being followed,
 * and a citation's button copies the citation. One listener for the page; the text goes to the
 * clipboard at once, within the reader's click, and the code that says so (copy-link.ts) is fetched
 * then, so a page pays for it only when a reader copies. A click with a modifier key, or without
 * JavaScript, follows the link.
 */
import { isPlainClick } from './plain-click';

addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.('copy-link :is(a, button)');
  if (!control || !isPlainClick(event)) return;
  event.preventDefault();
  const link = control instanceof HTMLAnchorElement && control.href;
  // A citation's button follows its text. The copy resolves to `true` if the clipboard refused it:
  // a refusal is reported, never thrown.
  const refused = navigator.clipboard
    ?.writeText(link || control.previousElementSibling!.textContent!)
    .catch(() => true);
  void import('./copy-link').then((module) => module.reportCopy(control, refused));
});
