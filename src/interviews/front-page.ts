/** How many interviews the front page sets as stories; the archive lists every one. */
export const FRONT_PAGE_STORIES = 7;
/** Interviews a page of the archive lists: enough to scan, few enough to stay light. */
export const ARCHIVE_PAGE_SIZE = 50;
/** How many of the actors an interview names most its story shows. */
export const ACTORS_PER_STORY = 5;
