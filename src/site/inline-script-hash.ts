import { createHash } from 'node:crypto';

/**
 * The Content Security Policy source that allows one inline script: Astro hashes the scripts it
 * bundles, not inline ones. A page passes it to `Astro.csp.insertScriptHash` in its own frontmatter,
 * which runs before the head, and with it the policy, is written.
 */
export const inlineScriptHash = (code: string) =>
  `sha256-${createHash('sha256').update(code).digest('base64')}` as const;
