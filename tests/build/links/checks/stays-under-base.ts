import { internalUrl } from '../built-site';
import type { LinkCheck } from './issue';

/** Every link within the site stays under the base path, so the site works wherever it is mounted. */
export const staysUnderBase: LinkCheck = (site) =>
  site.links.flatMap((link) => {
    const url = internalUrl(site, link);
    if (!url || url.pathname.startsWith(site.base)) return [];
    return [{ ...link, problem: `${url.pathname} is outside the base path ${site.base}` }];
  });
