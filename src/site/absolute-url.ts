/** A path as an absolute URL when the site's address is known (`SITE_URL`), else the path itself. */
export const absoluteUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);
