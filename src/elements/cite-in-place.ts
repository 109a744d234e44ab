import citeStylesheet from '../styles/cite.css?url';

/*
 * An answer's "Cite" on the reading page, fetched on the first click (interview-page.ts): the
 * answer's citation, as its own page sets it out (CiteAnswer.astro), is brought into the answer's
 * header under the question, and the focus moves to it. The citation is written once, on the
 * answer's page, so the two can never differ. Where that page cannot be fetched (offline), the link
 * is followed as without JavaScript.
 */

/** The citation `#cite-<slug>` from the answer's page, made to sit under the reading page's question. */
async function fetchCitation(link: HTMLAnchorElement): Promise<HTMLElement> {
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`${response.status} ${link.href}`);
  const html = await response.text();
  // Its body alone: the page's inline styles, parsed here, would be refused by this page's policy
  // (and reported), though they would never apply.
  const page = new DOMParser().parseFromString(html.slice(html.indexOf('<body')), 'text/html');
  const citation = page.getElementById(link.hash.slice(1));
  if (!citation) throw new Error(`no ${link.hash} in ${link.href}`);
  // The answer's page gives the answer's metadata; the reading page has its own.
  for (const script of citation.querySelectorAll('script')) script.remove();
  // Under a question that is a second-level heading, the citation's own heading is a third.
  const heading = citation.querySelector('h2');
  if (heading) {
    const third = document.createElement('h3');
    third.id = heading.id;
    third.append(...heading.childNodes);
    heading.replaceWith(third);
  }
  citation.tabIndex = -1;
  return citation;
}

/**
 * The citation's stylesheet, as gloss-preview.ts loads its own. Not one shared helper: a module
 * shared by two chunks fetched on intent becomes a chunk of its own that each would then wait for
 * (drop-preload-helper.ts refuses that).
 */
function loadStylesheet(): Promise<void> {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = citeStylesheet;
  document.head.append(stylesheet);
  // The citation is shown once styled, so it does not jump as its styles arrive; unstyled if they fail.
  return new Promise((resolve) => {
    stylesheet.onload = stylesheet.onerror = () => resolve();
  });
}

let styled: Promise<void> | undefined;

/** Each link's citation, brought in once however often it is clicked. */
const citations = new WeakMap<HTMLAnchorElement, Promise<HTMLElement>>();

async function bringCitation(link: HTMLAnchorElement): Promise<HTMLElement> {
  const [citation] = await Promise.all([fetchCitation(link), (styled ??= loadStylesheet())]);
  link.parentElement!.append(citation);
  return citation;
}

export async function citeInPlace(link: HTMLAnchorElement): Promise<void> {
  let citation = citations.get(link);
  if (!citation) {
    citation = bringCitation(link);
    citations.set(link, citation);
  }
  try {
    (await citation).focus();
  } catch {
    citations.delete(link);
    location.assign(link.href);
  }
}
