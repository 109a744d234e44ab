import { withTrailingSlash } from '../site/urls';

/** The URL parameter that carries a result's query terms to the answer, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The URL parameter that opens search with a query: `/?q=Kazakhstan`. */
export const QUERY_PARAM = 'q';

/** Where Pagefind's scripts and index are served, under the site's base. */
export const searchBundleHref = (base: string) => `${withTrailingSlash(base)}pagefind/`;
