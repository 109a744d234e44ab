import { WORDS_ONLY_ATTRIBUTE, WORDS_ONLY_KEY } from '../elements/words-only-preference';

/**
 * The script that applies the reader's choice of the words alone before any gloss is painted, so
 * that a reader who chose it never sees the glosses appear and go (WordsOnlyPreference.astro puts
 * it first in the article). It fails quietly where storage is refused. Kept apart from the
 * constants the browser's code imports, which would otherwise carry this text too.
 */
export const APPLY_WORDS_ONLY = `try{localStorage[${JSON.stringify(WORDS_ONLY_KEY)}]&&document.documentElement.setAttribute(${JSON.stringify(WORDS_ONLY_ATTRIBUTE)},"")}catch(e){}`;
