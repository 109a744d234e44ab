/** The options of Pagefind's `createInstance`, as its Component UI would pass them from `<pagefind-config>`. */
export interface SearchEngineOptions {
  basePath: string;
  baseUrl: string;
  highlightParam: string;
  excerptLength: number;
}

/** The part of a Pagefind instance (`pagefind.js`'s `createInstance`) that we call. */
export interface SearchEngine {
  init(): Promise<void>;
  filters(): Promise<unknown>;
  preload(term: string): Promise<void>;
  destroy(): Promise<void>;
}

/** The part of Pagefind's Component UI instance that we use: its search, and the engine it searches with. */
export interface ComponentUiInstance {
  __pagefind__: SearchEngine | null;
  triggerSearch(term: string): void;
}

/** The part of the Component UI's global that we call. */
interface PagefindWindow extends Window {
  PagefindComponents?: { getInstanceManager(): { getInstance(name: string): ComponentUiInstance } };
}

/** Pagefind's engine, started, and the reading of its filters, which its first search needs. */
export interface StartedSearchEngine {
  engine: SearchEngine;
  filtersRead: Promise<unknown>;
}

/**
 * Starts Pagefind's search engine, in its web worker, before its Component UI has loaded, and
 * resolves once the worker has started. The worker then reads the index and the filters while the
 * Component UI's script runs.
 *
 * Why not leave it to the Component UI: it starts its engine only after its own script has run,
 * and that script holds the main thread for 70–270 ms at 4× CPU throttle, which a starting worker
 * waits on. Measured with `npm run bench:peer` (Chromium 150, 4× throttle, median of 9), search
 * from the shortcut to the first result was 1.14–1.34× the Starlight peer's in six runs before
 * this, and 1.04–1.23× in five runs after (1.17× over the 36 searches of the last four); with the
 * index also read early for the words typed (search-dialog.ts), 1.07× in two runs (18 searches).
 */
export async function startSearchEngine(options: SearchEngineOptions): Promise<StartedSearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ `${options.basePath}pagefind.js`)) as {
    createInstance(options: SearchEngineOptions): SearchEngine;
  };
  const engine = pagefind.createInstance(options);
  await engine.init();
  const filtersRead = engine.filters();
  // Handled where it is awaited; if the Component UI fails to load first, the engine is destroyed unread.
  void filtersRead.catch(() => undefined);
  return { engine, filtersRead };
}

/**
 * Gives the Component UI's default instance the engine already started, once its filters are read
 * (as the Component UI would wait for them before its first search, whose results count them), and
 * before anything has asked it to load its own (it loads on a search, on focus, or with
 * `<pagefind-config preload>`, none of which has happened yet).
 *
 * Pagefind has no public way to do this: `__pagefind__` is the field its instance keeps its engine
 * in, which it checks before loading one (Pagefind 1.6.0). If a later Pagefind renames it, the
 * Component UI loads an engine of its own, as it would without this, and a test fails on the
 * second engine (`tests/browser/search-open.spec.ts`). Resolves to that instance.
 */
export async function shareSearchEngine({ engine, filtersRead }: StartedSearchEngine): Promise<ComponentUiInstance> {
  const components = (window as PagefindWindow).PagefindComponents;
  if (!components) throw new Error('Pagefind’s Component UI did not load');
  await filtersRead;
  const instance = components.getInstanceManager().getInstance('default');
  instance.__pagefind__ = engine;
  return instance;
}
