import { withTrailingSlash } from '../site/urls';

/** HTML is revalidated on every visit, so a corrected gloss reaches readers at once. */
const HTML_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** A path rule's first line: not indented, not a comment. */
const isPathLine = (line: string) => /^\//.test(line);

/**
 * The `_headers` file as the host must read it: every path of `template` under `base`, then one
 * rule per place HTML lives (the home page, the error page and each top-level folder of pages),
 * each with HTML's Cache-Control. `pagePaths` are the built HTML files relative to the output
 * folder, as in `actors/sco/index.html`.
 */
export function headersFile(template: string, base: string, pagePaths: readonly string[]): string {
  const root = withTrailingSlash(base);
  const lines = template.split('\n').map((line) => (isPathLine(line) ? `${root}${line.slice(1)}` : line));
  const places = [...new Set(pagePaths.map(htmlPlace))].sort();
  const html = places.flatMap((place) => [`${root}${place}`, `  Cache-Control: ${HTML_CACHE_CONTROL}`]);
  return [...lines.join('\n').trimEnd().split('\n'), '', '# HTML, by where it lives.', ...html, ''].join('\n');
}

/** `index.html` → `''` (the home page only); `404.html` → itself; `actors/sco/index.html` → `actors/*`. */
function htmlPlace(pagePath: string): string {
  const [first, ...rest] = pagePath.split('/');
  if (rest.length === 0) return first === 'index.html' ? '' : first!;
  return `${first}/*`;
}
