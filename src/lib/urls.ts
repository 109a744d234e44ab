/** `'/sub'` or `'/sub/'` → `'/sub/'`: every URL we build starts from a base with one trailing slash. */
export const withTrailingSlash = (base: string) => base.replace(/\/?$/, '/');

/** Where an actor's entry lives: the "Who's who" list at the end of the interview. */
export const actorEntryHref = (base: string, actorId: string) => `${withTrailingSlash(base)}#${actorEntryId(actorId)}`;

/** The id of an actor's entry in the "Who's who" list. */
export const actorEntryId = (actorId: string) => `actor-${actorId}`;

/** The page of one answer: `/<interview>/<slug>/` under the base. */
export const answerPageHref = (base: string, interviewId: string, slug: string) =>
  `${withTrailingSlash(base)}${interviewId}/${slug}/`;

/** The full interview; while the site holds one interview, that is the home page. */
export const interviewHref = (base: string) => withTrailingSlash(base);

/** The id of an answer's question heading; the answer's section itself has the slug as its id. */
export const questionId = (slug: string) => `question-${slug}`;

/** The list of every actor with its gloss, note and sources. */
export const actorsListHref = (base: string) => `${withTrailingSlash(base)}#actors`;
