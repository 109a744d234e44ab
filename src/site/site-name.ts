/** The edition's name: the masthead of the front page, and the last part of every page title. */
export const SITE_NAME = 'The Annotated Interview';
