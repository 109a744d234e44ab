import quoteStylesheet from '../styles/quote-link.css?url';
import { quoteFragment } from './quote-fragment';

/*
 * "Copy link to this quote": fetched on the page's first selection of words (interview-page.ts).
 * While the words selected lie within one paragraph of the interview, a control follows that
 * paragraph, so Tab reaches it after the paragraph's own links, and shows along the foot of the
 * screen, clear of the words. It copies the paragraph's address with a text fragment of the words
 * (quote-fragment.ts). It sits outside the paragraph and cannot be selected, so copying the words
 * copies the words alone.
 */

const offer = document.createElement('div');
offer.className = 'quote-offer';
offer.innerHTML = '<button type="button">Copy link to this quote</button><span role="status"></span>';
const button = offer.querySelector('button')!;
const status = offer.querySelector('span')!;
let link = '';

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = quoteStylesheet;
document.head.append(stylesheet);

/** The paragraph of the interview that holds the whole selection, if one does. */
function selectedParagraph(selection: Selection): HTMLElement | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null;
  const common = selection.getRangeAt(0).commonAncestorContainer;
  const element = common instanceof Element ? common : common.parentElement;
  return element?.closest<HTMLElement>('.passage > p[id]') ?? null;
}

function follow() {
  const selection = getSelection();
  const paragraph = selection && selectedParagraph(selection);
  // A reader on their way to the control keeps it, whatever the selection does meanwhile.
  if (offer.contains(document.activeElement)) return;
  if (!paragraph || !selection) {
    offer.remove();
    return;
  }
  link = `${location.origin}${location.pathname}#${quoteFragment(paragraph.id, selection.toString())}`;
  status.textContent = '';
  if (paragraph.nextElementSibling !== offer) paragraph.after(offer);
}

// A press on the control keeps the selection, and the focus where it was.
button.addEventListener('mousedown', (event) => event.preventDefault());
button.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link to the quote copied';
  } catch {
    status.textContent = 'The clipboard refused the link';
  }
});
offer.addEventListener('focusout', (event) => {
  if (!offer.contains(event.relatedTarget as Node | null)) follow();
});
document.addEventListener('selectionchange', follow);
follow();
