import { internalUrl } from '../built-site';
import type { LinkCheck } from './issue';

/** Every `#fragment` names an id on the page it points at. */
export const fragmentExists: LinkCheck = (site) =>
  site.links.flatMap((link) => {
    const url = internalUrl(site, link);
    const page = url && site.pages.get(url.pathname);
    if (!url?.hash || !page) return [];
    const id = decodeURIComponent(url.hash.slice(1));
    return page.ids.has(id) ? [] : [{ ...link, problem: `${url.pathname} has no element with id "${id}"` }];
  });
