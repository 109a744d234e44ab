import type { APIRoute } from 'astro';
import { robotsTxt, sitemapIndexUrl } from '../host/robots';

/** robots.txt, at the base: it names the sitemap when the build has a `site`, as only then is there one. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site && sitemapIndexUrl(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
