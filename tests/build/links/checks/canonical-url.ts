import type { LinkCheck } from './issue';

/** A page's canonical and Open Graph URLs name the page itself: absolute under the site if it has one. */
export const canonicalUrl: LinkCheck = (site) =>
  site.links
    .filter((link) => link.holder === 'link rel=canonical' || link.holder === 'meta og:url')
    .flatMap((link) => {
      const expected = site.site ? `${site.site}${link.from}` : link.from;
      return link.href === expected ? [] : [{ ...link, problem: `should be ${expected}` }];
    });
