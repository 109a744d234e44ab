import type { APIRoute } from 'astro';
import { getActors } from '../interviews/collections';
import { searchableNames } from '../search/suggest-name';

/** Every actor's name and aliases, for search to suggest when a query matches nothing. */
export const GET: APIRoute = async () => {
  const actors = await getActors();
  return new Response(JSON.stringify(searchableNames(actors.map(({ data }) => data))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
