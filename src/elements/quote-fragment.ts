/** Quotes longer than this are given by their first and last words, as text fragments allow. */
const LONG_QUOTE = 120;
/** How many words start and end a long quote's fragment. */
const EDGE_WORDS = 4;

/** Text as a text fragment's part: percent-encoded, with `-`, `,` and `&`, its syntax, escaped too. */
const fragmentPart = (text: string) => encodeURIComponent(text).replaceAll('-', '%2D');

/**
 * The fragment of a link to words of a paragraph: the paragraph's anchor and a text fragment,
 * `war-2:~:text=isolated%20than%20ever`. A browser that supports text fragments scrolls to the
 * words and highlights them; the others land on the paragraph. A long quote is given by its first
 * and last words (`text=start,end`), which keeps the link short.
 */
export function quoteFragment(paragraphId: string, quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  const text = words.join(' ');
  const directive =
    text.length <= LONG_QUOTE || words.length <= 2 * EDGE_WORDS
      ? fragmentPart(text)
      : `${fragmentPart(words.slice(0, EDGE_WORDS).join(' '))},${fragmentPart(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${paragraphId}:~:text=${directive}`;
}
