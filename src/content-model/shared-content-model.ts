import type { ContentModel } from './load-content-model';

/** Where the content guard leaves its model for the collections' loaders. */
const SHARED = Symbol.for('annotated-interview.content-model');

/** The content as last read, or the problem that stops it being read now. */
type ContentNow = () => ContentModel;

/**
 * Hands the content guard's live model to the collections' loaders, so that content is read once.
 * Astro loads `src/content.config.ts` in a module graph of its own, apart from `astro.config.mjs`
 * where the guard lives, but in the same process; so the hand-over is through `globalThis`.
 */
export function shareContentModel(now: ContentNow): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = now;
}

/**
 * The content model the guard has read: throws the guard's problem while content is broken, and
 * says so if no guard has run, as when `src/content.config.ts` is loaded without `astro.config.mjs`.
 */
export function sharedContentModel(): ContentModel {
  const now = (globalThis as Record<symbol, unknown>)[SHARED] as ContentNow | undefined;
  if (!now) throw new Error('no content model: the content-guard integration (astro.config.mjs) reads content first');
  return now();
}
