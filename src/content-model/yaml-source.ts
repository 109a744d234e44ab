import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ContentIssue } from './content-error';

type Path = readonly PropertyKey[];

/** A YAML text parsed so that any value can be traced back to its line and column. */
export interface YamlSource {
  data: unknown;
  /** Where the value at `path` (or, if it is missing, its nearest parent) starts. */
  locate(path: Path): { line: number; column: number };
  /** Where the key of the entry at `path` starts, for "unknown field" reports. */
  locateKey(path: Path): { line: number; column: number };
}

/**
 * Where an unclosed quote opens. YAML reports a missing closing quote where the text ends, lines
 * below the mistake; the author needs the line where the quoted value starts.
 */
function openingQuoteOf(text: string, message: string, reportedAt: number): number | undefined {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote) return undefined;
  const before = text.slice(0, reportedAt);
  let offset = 0;
  let opening: number | undefined;
  for (const line of before.split('\n')) {
    const count = line.split(quote).length - 1;
    if (opening === undefined && count % 2 === 1) opening = offset + line.indexOf(quote);
    offset += line.length + 1;
  }
  return opening;
}

/**
 * Parses YAML that starts at `firstLine` of `file` (frontmatter starts on line 2).
 * Syntax errors come back as issues instead of a source.
 */
export function parseYamlSource(
  text: string,
  file: string,
  firstLine = 1,
): { source: YamlSource; issues: [] } | { source: undefined; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  if (document.errors.length > 0) {
    return {
      source: undefined,
      issues: document.errors.map((error) => ({
        file,
        ...at(openingQuoteOf(text, error.message, error.pos[0]) ?? error.pos[0]),
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
        hint: 'check the indentation, the colons after keys, and quote values that contain ": " or start with a symbol',
      })),
    };
  }

  const nodeAt = (path: Path): YamlNode | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node) return node as YamlNode;
    }
    return document.contents ?? undefined;
  };
  const locate = (path: Path) => at(nodeAt(path)?.range?.[0] ?? 0);
  const locateKey = (path: Path) => {
    const parent = nodeAt(path.slice(0, -1));
    const key = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return locate(path);
  };

  return { source: { data: document.toJS(), locate, locateKey }, issues: [] };
}
