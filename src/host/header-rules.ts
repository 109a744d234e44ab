// No imports: scripts/serve-dist.mjs loads this file with Node's own TypeScript support.

/** One block of a `_headers` file: a URL pattern and the headers for the URLs it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

/**
 * Reads a `_headers` file (Netlify and Cloudflare Pages format): a path line, then indented
 * `Name: value` lines; `#` starts a comment. Throws, with the line, on anything else, as a host
 * would reject it.
 */
export function readHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [], line: index + 1 });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, got "${raw}"`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

/** Whether a pattern matches a URL path: `*` matches any run of characters, `/` included. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for `pathname`: those of every matching rule, with a header set by two
 * rules joined by ", " as Cloudflare Pages does. Names are lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => patternMatches(candidate.pattern, pathname))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
