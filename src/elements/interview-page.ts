/**
 * The custom elements of a page that sets out an interview's words: the reading page and each
 * answer's page. One entry rather than one a component, because they always come together and one
 * file costs a page less than four (about 300 bytes brotli, which the 3,000-byte budget feels).
 */
import './gloss-layout';
import './copy-on-click';
import './words-only';
import { isPlainClick } from './plain-click';

// Selecting words of the interview offers a link to them (quote-link.ts), fetched on the first selection.
document.onselectionchange = () => getSelection()?.isCollapsed || import('./quote-link');

// An answer's "Cite" on the reading page shows its citation in place (cite-in-place.ts), fetched on
// the first click. Without JavaScript, or with a modifier key, it leads to the citation on the
// answer's own page, where "Cite" is a link within the page and is left to the browser.
addEventListener('click', (event) => {
  const cite = (event.target as Element).closest?.<HTMLAnchorElement>('.answer-head > a:not([href^="#"])');
  if (!cite || !isPlainClick(event)) return;
  event.preventDefault();
  // If even this code cannot be fetched (offline), the link is followed.
  void import('./cite-in-place').then(
    (module) => module.citeInPlace(cite),
    () => location.assign(cite.href),
  );
});

// An answer's page reached from a search result (`?pagefind-highlight=…`) marks what was searched
// for (SearchLanding.astro); only then is the landing code fetched.
const landing = document.querySelector<HTMLElement>('search-landing');
if (landing && new URLSearchParams(window.location.search).has(landing.dataset['highlightParam'] ?? ''))
  void import('./search-landing');
