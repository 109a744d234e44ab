import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const HASH_SOURCE = /'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g;

const hashSource = (text: string, algorithm: string) =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

const isPolicyMeta = (element: Element) =>
  element.tagName === 'meta' &&
  String(element.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy';

/** Code the page holds inline: a script without `src`, or a style element. */
const isInlineCode = (element: Element) =>
  (element.tagName === 'script' && element.properties['src'] === undefined) || element.tagName === 'style';

/** A script's or style's code, as the browser hashes it: its text, exactly. */
const textOf = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * Keeps in a page's `<meta>` Content Security Policy only the hashes of inline scripts and styles
 * that page holds. Astro lists the hashes of every inline script and style of the whole site on
 * every page; each is about 50 bytes that compress badly, and each allows code the page never runs.
 * A hash that matches nothing on the page is dropped; nothing is ever added. The page is parsed as
 * a browser would, and only the policy's `<meta>` is rewritten, in place: the rest stays byte for byte.
 *
 * @example
 *   // a page with one inline script, under a policy listing that script's hash and two others
 *   narrowPolicyToPage(html) // → the same page, its policy listing only that script's hash
 */
export function narrowPolicyToPage(html: string): string {
  let policyMeta: Element | undefined;
  const inline: string[] = [];
  visit(fromHtml(html), 'element', (element) => {
    if (isPolicyMeta(element)) policyMeta ??= element;
    else if (isInlineCode(element)) inline.push(textOf(element));
  });
  const start = policyMeta?.position?.start.offset;
  const end = policyMeta?.position?.end.offset;
  if (!policyMeta || start === undefined || end === undefined) return html;
  const onPage = new Set(
    ['sha256', 'sha384', 'sha512'].flatMap((algorithm) => inline.map((body) => hashSource(body, algorithm))),
  );
  const policy = String(policyMeta.properties['content'] ?? '')
    .replace(HASH_SOURCE, (source) => (onPage.has(source) ? source : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
  // The policy's quotes stay as Astro wrote them: `'` is safe inside a double-quoted attribute,
  // which is all the "dangerous characters" option lets through unescaped.
  const narrowed = toHtml(
    { ...policyMeta, properties: { ...policyMeta.properties, content: policy } },
    { allowDangerousCharacters: true },
  );
  return html.slice(0, start) + narrowed + html.slice(end);
}
