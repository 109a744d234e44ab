import { actorsNamed, landingTerms } from '../search/landing-terms';
import { EDITORIAL_SELECTORS } from '../search/not-indexed';

/** The part of Pagefind's `PagefindHighlight` that we call; it bundles mark.js. */
interface PagefindHighlighter {
  createMarkInstance(): unknown;
  markText(instance: unknown, terms: string | string[]): void;
}
type PagefindHighlightClass = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}) => PagefindHighlighter;

const MARK_CLASS = 'pagefind-highlight';

/**
 * On a page reached from a search result (`?pagefind-highlight=…`), marks what the reader searched
 * for, scrolls the first mark into view and focuses its answer. Pagefind's highlighter is fetched only then, so a page
 * opened any other way loads no search bytes. Marks stay inside the indexed text, never in glosses.
 *
 * Configured by `<search-landing data-bundle data-highlight-param>`, with the names of the
 * answer's actors in the JSON inside it.
 */
export class SearchLanding extends HTMLElement {
  connectedCallback() {
    const params = new URLSearchParams(window.location.search).getAll(this.dataset.highlightParam ?? '');
    if (params.length > 0) void this.#highlight(params);
  }

  async #highlight(params: string[]) {
    const { phrase, words, folded } = landingTerms(params);
    const highlighter = await this.#loadHighlighter();
    // Without Pagefind's highlighter (offline, say), the mentions of a named actor are still marked.
    const mark = (terms: string | string[]) => highlighter?.markText(highlighter.createMarkInstance(), terms);

    if (phrase) mark(phrase);
    if (!this.#firstMark()) this.#markMentionsOf(actorsNamed(folded, this.#namesByActor()));
    if (!this.#firstMark() && words.length > 0) mark(words);
    const first = this.#firstMark();
    if (first) this.#land(first);
  }

  /**
   * Scrolls the first mark into view, then puts keyboard focus on the indexed text that holds it,
   * so the next Tab starts from the top of the answer, at its copy-link control. Focus is placed on
   * purpose because browsers differ: Chromium 150 moves the sequential-focus starting point on
   * `scrollIntoView()`, Chromium 156 does not. A reader who has already moved focus keeps it.
   */
  #land(first: Element) {
    first.scrollIntoView({ block: 'center' });
    const body = first.closest<HTMLElement>('[data-pagefind-body]');
    const untouched = document.activeElement === null || document.activeElement === document.body;
    if (!body || !untouched) return;
    if (!body.hasAttribute('tabindex')) body.tabIndex = -1;
    body.focus({ preventScroll: true });
  }

  /** Pagefind's highlighter, which bundles mark.js, or nothing if it cannot be fetched. */
  async #loadHighlighter(): Promise<PagefindHighlighter | undefined> {
    const url = `${this.dataset.bundle ?? '/pagefind/'}pagefind-highlight.js`;
    try {
      const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
        default: PagefindHighlightClass;
      };
      // A parameter name that is never in the URL: the terms are chosen here, then marked on request.
      return new PagefindHighlight({
        highlightParam: 'search-landing-terms-chosen-below',
        addStyles: false,
        markOptions: {
          className: MARK_CLASS,
          exclude: [...EDITORIAL_SELECTORS, '[data-pagefind-ignore]'].flatMap((selector) => [
            selector,
            `${selector} *`,
          ]),
        },
      });
    } catch {
      return undefined;
    }
  }

  #firstMark() {
    return document.querySelector(`[data-pagefind-body] mark.${MARK_CLASS}`);
  }

  #namesByActor(): Record<string, string[]> {
    try {
      return JSON.parse(this.querySelector('script')?.textContent ?? '{}') as Record<string, string[]>;
    } catch {
      return {};
    }
  }

  /**
   * Marks the words of each mention of these actors, which the query named by another name. A first
   * mention links to its gloss (`#gloss-<slug>-<actor>`), a later one to the actor's entry.
   */
  #markMentionsOf(actorIds: string[]) {
    if (actorIds.length === 0) return;
    for (const answer of document.querySelectorAll('[data-pagefind-body]')) {
      const mentions = actorIds.map(
        (id) => `a.mention[href="#gloss-${answer.id}-${id}"], a.mention[href$="/actors/${id}/"]`,
      );
      for (const mention of answer.querySelectorAll(mentions.join(', '))) {
        const mark = document.createElement('mark');
        mark.className = MARK_CLASS;
        mark.append(...mention.childNodes);
        mention.append(mark);
      }
    }
  }
}

customElements.define('search-landing', SearchLanding);
