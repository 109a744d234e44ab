/** Where the reader's choice to read the words alone is kept: set (to `'on'`) or absent. */
export const WORDS_ONLY_KEY = 'words-only';
/** The attribute on `<html>` that hides glosses and notes while the choice is on. */
export const WORDS_ONLY_ATTRIBUTE = 'data-words-only';
