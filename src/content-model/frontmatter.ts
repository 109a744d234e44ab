import { extractFrontmatter } from '@astrojs/markdown-remark';

/** The YAML between the opening and closing `---` of an MDX file, and the body after it. */
export interface SplitFile {
  yaml: string;
  /** The line of the file on which the YAML starts. */
  yamlFirstLine: number;
  body: string;
  /** The line of the file on which the body starts. */
  bodyFirstLine: number;
}

const LINE_BREAK = /^\r?\n/;

/**
 * Splits a file into frontmatter and body as Astro reads an MDX file's frontmatter (its
 * `extractFrontmatter`, so the two never disagree on where the YAML ends), or says what is wrong
 * with the fences. Kept beside Astro's helper for what it does not give: the line each part starts
 * on, for error messages.
 */
export function splitFrontmatter(text: string): SplitFile | { problem: string; line: number } {
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    return /^\uFEFF?\s*---/.test(text)
      ? { problem: 'frontmatter is not closed', line: text.split('\n').length }
      : { problem: 'missing frontmatter', line: 1 };
  }
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  // Astro's YAML runs from just after the opening `---` to just before the closing one; each part
  // here starts on the line after its fence.
  const opening = text.indexOf(`---${raw}---`);
  const yamlStart = opening + 3 + (LINE_BREAK.exec(raw)?.[0].length ?? 0);
  const closingEnd = opening + 3 + raw.length + 3;
  const bodyStart = closingEnd + (LINE_BREAK.exec(text.slice(closingEnd))?.[0].length ?? 0);
  return {
    yaml: text.slice(yamlStart, closingEnd - 3).replace(/\r?\n$/, ''),
    yamlFirstLine: lineAt(yamlStart),
    body: text.slice(bodyStart),
    bodyFirstLine: lineAt(bodyStart),
  };
}
