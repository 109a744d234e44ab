/** Search engines and browser tabs cut a `<title>` at about this length (html-validate's `long-title`). */
export const TITLE_LIMIT = 70;

/**
 * A page's `<title>`: its own title, then its section and the site name, each only if it still
 * fits the limit, and only if it is not the title itself (the front page is titled with the site
 * name). The page's own title is never shortened: an answer's is its question, verbatim.
 */
export function pageTitle(title: string, ...context: string[]): string {
  let full = title;
  for (const part of context.filter((part) => part !== title)) {
    const longer = `${full} · ${part}`;
    if (longer.length > TITLE_LIMIT) break;
    full = longer;
  }
  return full;
}
