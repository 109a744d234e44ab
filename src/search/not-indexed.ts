/**
 * What the editors add to an answer, by selector: the glosses and the editors' notes. Search never
 * indexes them and a landing never highlights in them, so a result's excerpt and its marks are the
 * interviewee's words. A selector rather than `data-pagefind-ignore` on each, which a long reading
 * page would pay for in bytes once a paragraph.
 */
export const EDITORIAL_SELECTORS = ['.glosses', '.editor-notes'] as const;
