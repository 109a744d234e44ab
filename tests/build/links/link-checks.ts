import { canonicalUrl } from './checks/canonical-url';
import { fragmentExists } from './checks/fragment-exists';
import type { LinkCheck } from './checks/issue';
import { sitemapListsEveryPage } from './checks/sitemap-lists-every-page';
import { staysUnderBase } from './checks/stays-under-base';
import { targetExists } from './checks/target-exists';

/** Every link check, by the sentence a failure reads as. */
export const LINK_CHECKS: Record<string, LinkCheck> = {
  'every link within the site reaches a page or a file': targetExists,
  'every #fragment names an id on its page': fragmentExists,
  'every link stays under the base path': staysUnderBase,
  'canonical and Open Graph URLs name the page itself': canonicalUrl,
  'the sitemap lists every page but the error page, once': sitemapListsEveryPage,
};
