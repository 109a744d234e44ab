/** `'/sub'` or `'/sub/'` → `'/sub/'`: every URL we build starts from a base with one trailing slash. */
export const withTrailingSlash = (base: string) => base.replace(/\/?$/, '/');

/** A path of the site's own, as content writes it (`/actors/sco/`), under the base it is deployed at. */
export const sitePathHref = (base: string, path: string) => `${withTrailingSlash(base)}${path.replace(/^\//, '')}`;

/** The index of every actor, grouped by kind. */
export const actorsListHref = (base: string) => `${withTrailingSlash(base)}actors/`;

/** An actor's own page: gloss, note, facts, sources and every mention. */
export const actorEntryHref = (base: string, actorId: string) => `${actorsListHref(base)}${actorId}/`;

/** The id of an actor's entry in the index of actors. */
export const actorEntryId = (actorId: string) => `actor-${actorId}`;

/** The page of one answer: `/<interview>/<slug>/` under the base. */
export const answerPageHref = (base: string, interviewId: string, slug: string) =>
  `${withTrailingSlash(base)}${interviewId}/${slug}/`;

/** The Nth paragraph of an answer, on the answer's page. */
export const paragraphHref = (base: string, interviewId: string, slug: string, paragraph: number) =>
  `${answerPageHref(base, interviewId, slug)}#${slug}-${paragraph}`;

/** The full interview; while the site holds one interview, that is the home page. */
export const interviewHref = (base: string) => withTrailingSlash(base);

/** The id of an answer's question heading; the answer's section itself has the slug as its id. */
export const questionId = (slug: string) => `question-${slug}`;

/** Who belongs to which organisation the interview names. */
export const membershipsHref = (base: string) => `${withTrailingSlash(base)}memberships/`;

/** The dated events the interview refers to, and what changed after it. */
export const timelineHref = (base: string) => `${withTrailingSlash(base)}timeline/`;
