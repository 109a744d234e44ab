// What a reader's first search and a later one cost in Chromium: milliseconds, and the bytes of
// the search bundle fetched, as served and as brotli 11 would send them. Shared by the benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliSize as brotliSizeOfContent } from '../../tests/build/budget/page-weight.ts';

/** A file's size as brotli 11 would send it, as the byte budget weighs pages. */
export const brotliSize = (path) => brotliSizeOfContent(readFileSync(path));

/** Records every file of the search bundle the page fetches, with its path in the build. */
export function recordSearchFetches(page, base = '/') {
  const fetched = [];
  page.on('requestfinished', async (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(`${base}pagefind/`)) return;
    const sizes = await request.sizes();
    fetched.push({ path: pathname.slice(base.length), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return fetched;
}

/** Runs one search through Pagefind's API in the page and loads its top results' data. */
export const timedSearch = (page, query, top = 5, base = '/') =>
  page.evaluate(
    async ({ query, top, base }) => {
      const start = performance.now();
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, top).map((result) => result.data()));
      return { ms: performance.now() - start, results: search.results.length };
    },
    { query, top, base },
  );

/** Sums what a list of fetches cost, as served and as brotli 11 of each file in `dist`. */
export const fetchCost = (dist, fetched) => ({
  files: fetched.length,
  bytesServed: fetched.reduce((sum, file) => sum + file.bytes, 0),
  bytesBrotli: fetched.reduce((sum, file) => sum + brotliSize(join(dist, file.path)), 0),
});
