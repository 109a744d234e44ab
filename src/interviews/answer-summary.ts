/** A Markdown link or actor mark: `[words](target)`. */
const LINK = /\[([^\]]+)\]\([^)]+\)/g;

/**
 * A plain-text opening of an answer for `<meta name="description">` and link previews:
 * links and actor marks reduced to their words, cut at a word boundary with an ellipsis.
 */
export function answerSummary(markdown: string, maxLength = 160): string {
  const text = markdown.replace(LINK, '$1').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}
