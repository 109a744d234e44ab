import type { BuiltSite, Link } from '../built-site';

/** Something wrong with a link, with where it is. */
export interface LinkIssue extends Link {
  problem: string;
}

/** A check over a whole built site. Each lives in its own file and does one thing. */
export type LinkCheck = (site: BuiltSite) => LinkIssue[];
