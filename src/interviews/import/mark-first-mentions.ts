import type { ActorRegistry } from '../../actors/read-actors';
import { findUnmarkedNames } from '../../glosses/find-unmarked-names';

/** Characters Markdown would read as markup inside a paragraph, escaped so the words stay words. */
const INLINE_MARKUP = /[\\*_`[\]]/g;
/** What would start a heading, a quote or a list at the start of a paragraph. */
const BLOCK_MARKER = /^[#>+-]/;
/** The number of an ordered list, `1.` or `1)`, whose point or bracket is what must be escaped. */
const LIST_NUMBER = /^(\d+)([.)])/;

/** A run of the interview's words as Markdown text: escaped, so that it renders as written. */
export function asMarkdownText(words: string, atParagraphStart = false): string {
  const escaped = words.replace(INLINE_MARKUP, (character) => `\\${character}`);
  if (!atParagraphStart) return escaped;
  return BLOCK_MARKER.test(escaped) ? `\\${escaped}` : escaped.replace(LIST_NUMBER, '$1\\$2');
}

/**
 * An answer's paragraphs as Markdown, with the first mention of every actor the registry knows,
 * by name or alias, marked as `[words](actor:id)` for an editor to review. Later mentions stay
 * unmarked: the site finds and links them itself.
 */
export function markFirstMentions(
  paragraphs: readonly string[],
  registry: ActorRegistry,
): { paragraphs: string[]; marked: string[] } {
  const seen = new Set<string>();
  const marked: string[] = [];
  const out = paragraphs.map((paragraph) => {
    let text = '';
    let from = 0;
    for (const name of findUnmarkedNames({ text: paragraph, links: new Map() }, registry)) {
      if (seen.has(name.actor)) continue;
      seen.add(name.actor);
      marked.push(name.actor);
      text += asMarkdownText(paragraph.slice(from, name.offset), from === 0);
      text += `[${asMarkdownText(name.text)}](actor:${name.actor})`;
      from = name.offset + name.text.length;
    }
    return text + asMarkdownText(paragraph.slice(from), from === 0);
  });
  return { paragraphs: out, marked };
}
