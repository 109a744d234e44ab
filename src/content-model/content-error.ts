/** One problem in the content, at the place an author has to edit. */
export interface ContentIssue {
  /** The file, relative to the project root. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** `file:line:column message` and, on the next line, the hint. */
export function formatContentIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.hint ? `${where} ${issue.message}\n  hint: ${issue.hint}` : `${where} ${issue.message}`;
}

/** Thrown when content is bad: the build stops and every problem is listed. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  /**
   * Where the first problem is. Astro reads `loc` to show an error's place and code frame, in the
   * terminal and in the dev overlay; without it, it would show the line of code that threw.
   */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Bad content (${count}):\n${issues.map(formatContentIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
    const [first] = issues;
    this.loc = first && { file: first.file, line: first.line, column: first.column };
  }
}

/** Throws a ContentError when there is anything to report. */
export function throwIfIssues(issues: readonly ContentIssue[]): void {
  if (issues.length > 0) throw new ContentError(issues);
}
