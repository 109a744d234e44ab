import { createHash } from 'node:crypto';

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g;

const hashSource = (text: string, algorithm: string) =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

/**
 * Keeps in a page's `<meta>` Content Security Policy only the hashes of inline scripts and styles
 * that page holds. Astro lists the hashes of every inline script and style of the whole site on
 * every page; each is about 50 bytes that compress badly, and each allows code the page never runs.
 * A hash that matches nothing on the page is dropped; nothing is ever added.
 *
 * @example
 *   // a page with one inline script, under a policy listing that script's hash and two others
 *   narrowPolicyToPage(html) // → the same page, its policy listing only that script's hash
 */
export function narrowPolicyToPage(html: string): string {
  const match = POLICY_META.exec(html);
  if (!match) return html;
  const inline = [...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map(([, body]) => body ?? '');
  const onPage = new Set(
    ['sha256', 'sha384', 'sha512'].flatMap((algorithm) => inline.map((body) => hashSource(body, algorithm))),
  );
  const policy = match[2]!
    .replace(HASH_SOURCE, (source) => (onPage.has(source) ? source : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
  return html.replace(POLICY_META, `$1${policy}$3`);
}
