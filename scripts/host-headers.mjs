import { existsSync } from 'node:fs';
import { parseAllHeaders } from '@netlify/headers-parser';

/** @typedef {{ for: string; forRegExp: RegExp; values: Record<string, string> }} HostHeaderRule */

/**
 * The rules of the `_headers` file at `file`, read by Netlify's own parser (Cloudflare Pages reads
 * the same format), so that the test server and the build tests send and check what a host would.
 * Throws on any error the parser reports; a build without the file has no rules.
 * @param {string} file
 * @returns {Promise<HostHeaderRule[]>}
 */
export async function readHostHeaders(file) {
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${file}:\n  ${errors.map((error) => error.message).join('\n  ')}`);
  return /** @type {HostHeaderRule[]} */ (headers);
}

/**
 * The headers a host sends for `pathname`: those of every rule whose path matches it (Netlify's
 * matching), with a header set by two rules joined by ", " as Cloudflare Pages does. Names are
 * lower-cased.
 * @param {readonly HostHeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>}
 */
export function headersFor(rules, pathname) {
  const headers = new Map();
  for (const rule of rules.filter((candidate) => candidate.forRegExp.test(pathname))) {
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
