import { internalUrl } from '../built-site';
import type { LinkCheck } from './issue';

/** Every link within the site reaches a page or a file. */
export const targetExists: LinkCheck = (site) =>
  site.links.flatMap((link) => {
    const url = internalUrl(site, link);
    if (!url || site.pages.has(url.pathname) || site.files.has(decodeURIComponent(url.pathname))) return [];
    return [{ ...link, problem: `nothing is built at ${url.pathname}` }];
  });
