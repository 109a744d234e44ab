import { withTrailingSlash } from '../site/urls';

/** The URL parameter that carries a result's query terms to the answer, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The URL parameter that opens search with a query: `/?q=Kazakhstan`. */
export const QUERY_PARAM = 'q';

/** Where Pagefind's scripts and index are served, under the site's base. */
export const searchBundleHref = (base: string) => `${withTrailingSlash(base)}pagefind/`;

/** Every actor's name and aliases, which search offers when a query is misspelt: a file of its own, fetched with search. */
export const searchNamesHref = (base: string) => `${withTrailingSlash(base)}search-names.json`;
