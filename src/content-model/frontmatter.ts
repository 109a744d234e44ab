/** The YAML between the opening and closing `---` of an MDX file, and the body after it. */
export interface SplitFile {
  yaml: string;
  /** The line of the file on which the YAML starts. */
  yamlFirstLine: number;
  body: string;
  /** The line of the file on which the body starts. */
  bodyFirstLine: number;
}

/** Splits a file into frontmatter and body, or says what is wrong with the fences. */
export function splitFrontmatter(text: string): SplitFile | { problem: string; line: number } {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { problem: 'missing frontmatter', line: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing === -1) return { problem: 'frontmatter is not closed', line: lines.length };
  return {
    yaml: lines.slice(1, closing).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyFirstLine: closing + 2,
  };
}
