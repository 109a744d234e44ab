/** `'/sub'` or `'/sub/'` → `'/sub/'`: every URL we build starts from a base with one trailing slash. */
export const withTrailingSlash = (base: string) => base.replace(/\/?$/, '/');

/** A path of the site's own, as content writes it (`/actors/sco/`), under the base it is deployed at. */
export const sitePathHref = (base: string, path: string) => `${withTrailingSlash(base)}${path.replace(/^\//, '')}`;

/** The who's who, every actor by kind, a page at a time: `/actors/`, `/actors/2/`. */
export const actorsListHref = (base: string, page = 1) =>
  `${withTrailingSlash(base)}actors/${page > 1 ? `${page}/` : ''}`;

/** An actor's own page: gloss, note, facts, sources and every mention. */
export const actorEntryHref = (base: string, actorId: string) => `${actorsListHref(base)}${actorId}/`;

/** A page of an actor's mentions: the first is the actor's own page, the rest follow as `/actors/<id>/2/`. */
export const actorMentionsHref = (base: string, actorId: string, page: number) =>
  `${actorEntryHref(base, actorId)}${page > 1 ? `${page}/` : ''}`;

/** The id of an actor's entry in the who's who. */
export const actorEntryId = (actorId: string) => `actor-${actorId}`;

/** The page of one answer: `/<interview>/<slug>/` under the base. */
export const answerPageHref = (base: string, interviewId: string, slug: string) =>
  `${withTrailingSlash(base)}${interviewId}/${slug}/`;

/** The Nth paragraph of an answer, on the answer's page. */
export const paragraphHref = (base: string, interviewId: string, slug: string, paragraph: number) =>
  `${answerPageHref(base, interviewId, slug)}#${slug}-${paragraph}`;

/** The edition's front page: every interview, newest first. */
export const homeHref = (base: string) => withTrailingSlash(base);

/** Every interview by date, a page of them at a time: `/archive/`, `/archive/2/`. */
export const archiveHref = (base: string, page = 1) =>
  `${withTrailingSlash(base)}archive/${page > 1 ? `${page}/` : ''}`;

/** An interview's reading page, the whole interview: `/<interview>/` under the base. */
export const interviewHref = (base: string, interviewId: string) => `${withTrailingSlash(base)}${interviewId}/`;

/** One answer within its interview's reading page. */
export const answerInInterviewHref = (base: string, interviewId: string, slug: string) =>
  `${interviewHref(base, interviewId)}#${slug}`;

/** The id of the citation of an answer, on its own page. */
export const citeId = (slug: string) => `cite-${slug}`;

/** The pages an interview may have beside its answers, under its reading page; an answer's slug may not take one. */
export const INTERVIEW_SECTIONS = ['memberships', 'timeline'] as const;

/**
 * The first segments of the site's own sections and of what the build writes beside the pages;
 * an interview folder may not take one, since its name is the first segment of its URLs.
 */
export const RESERVED_FIRST_SEGMENTS = [
  'actors',
  'archive',
  'corrections',
  'data',
  'memberships',
  'timeline',
  'pagefind',
  '404',
] as const;

/** Who belongs to which organisation one interview names: `/<interview>/memberships/`. */
export const interviewMembershipsHref = (base: string, interviewId: string) =>
  `${interviewHref(base, interviewId)}memberships/`;

/** The dated events one interview refers to, and what changed after it: `/<interview>/timeline/`. */
export const interviewTimelineHref = (base: string, interviewId: string) =>
  `${interviewHref(base, interviewId)}timeline/`;

/** The interviews' tables of who belongs to which organisation. */
export const membershipsHref = (base: string) => `${withTrailingSlash(base)}memberships/`;

/** The interviews' timelines. */
export const timelineHref = (base: string) => `${withTrailingSlash(base)}timeline/`;

/** The record of corrections and changes, newest first: `/corrections/`. */
export const correctionsHref = (base: string) => `${withTrailingSlash(base)}corrections/`;

/** One entry of the record of corrections. */
export const correctionHref = (base: string, correctionId: string) =>
  `${correctionsHref(base)}#correction-${correctionId}`;

/** The edition's data, documented: `/data/`. */
export const dataHref = (base: string) => `${withTrailingSlash(base)}data/`;

/**
 * A published table: `/data/<name>.<format>` for the edition's, `/data/<interview>/<name>.<format>`
 * for one interview's.
 */
export const dataFileHref = (base: string, file: string, interviewId?: string) =>
  `${dataHref(base)}${interviewId ? `${interviewId}/` : ''}${file}`;
