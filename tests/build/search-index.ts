import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './site';

/** One page as Pagefind stored it: what search shows and matches. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Headings with an id, where Pagefind splits the page into sub-results. */
  anchors?: { id?: string; text: string }[];
}

// Pagefind gzips each fragment and opens it with this signature before the JSON.
const SIGNATURE = 'pagefind_dcd';

/** Every page in the built search index, read from its fragments. */
export function indexedPages(dist = DIST): IndexedPage[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
  });
}
