/**
 * The words an actor page quotes for a mention: the sentence it stands in, and no more than a
 * bounded stretch of it, so that what one mention costs a page is bounded too, however long the
 * sentence. A paragraph is split into sentences once, whatever the number of its mentions.
 */

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Characters of context kept on each side of a mention when its sentence is too long to quote whole. */
export const QUOTE_CONTEXT = 140;
const ELLIPSIS = '…';

/** A quote and where the mention's words start in it. */
export interface Quote {
  sentence: string;
  at: number;
}

/** Where each sentence of a paragraph starts, for `quoteAround`. */
export interface Sentences {
  text: string;
  starts: number[];
}

/** Splits a paragraph's text into sentences, once. */
export function sentencesOf(text: string): Sentences {
  return { text, starts: [...SENTENCES.segment(text)].map(({ index }) => index) };
}

/**
 * The sentence that holds the mention at `offset`, `length` characters long, without trailing
 * space. A sentence longer than the mention and `QUOTE_CONTEXT` characters each side is cut, at
 * spaces, to that much around it, and an ellipsis marks each cut.
 */
export function quoteAround({ text, starts }: Sentences, offset: number, length = 0): Quote {
  // The last sentence that starts at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  const start = starts[low] ?? 0;
  const sentence = text.slice(start, starts[low + 1] ?? text.length).trimEnd();
  return bounded(sentence, offset - start, length);
}

function bounded(sentence: string, at: number, length: number): Quote {
  if (sentence.length <= length + 2 * QUOTE_CONTEXT) return { sentence, at };
  let from = Math.max(0, at - QUOTE_CONTEXT);
  let to = Math.min(sentence.length, at + length + QUOTE_CONTEXT);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space !== -1 && space < at) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space >= at + length) to = space;
  }
  const before = from > 0 ? `${ELLIPSIS} ` : '';
  const after = to < sentence.length ? ` ${ELLIPSIS}` : '';
  return { sentence: `${before}${sentence.slice(from, to)}${after}`, at: at - from + before.length };
}
