import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { answerMarkupProblems } from './answer-markup';
import type { ContentIssue } from './content-error';

/** What to do about an MDX syntax error, by the part of the parser that raised it. */
const HINTS: Record<string, string> = {
  'micromark-extension-mdx-jsx': 'MDX reads “<” as the start of a tag: close the tag, or write &lt; where the text means the character',
  'mdast-util-mdx-jsx': 'MDX reads “<” as the start of a tag: close the tag, or write &lt; where the text means the character',
  'micromark-extension-mdx-expression':
    'MDX reads “{” as the start of an expression: close it with “}”, or write &#123; where the text means the character',
};
const GENERAL_HINT = 'MDX is Markdown with tags and {expressions}; see https://mdxjs.com/docs/troubleshooting-mdx/';

interface MdxSyntaxError {
  reason: string;
  line?: number;
  column?: number;
  source?: string;
}

/** Parses as the build does: MDX with GitHub-flavoured Markdown, which the site's pipeline adds. */
const parser = createProcessor({ remarkPlugins: [remarkGfm] });

/**
 * What is wrong with an answer's body: its MDX syntax error, if any, or else everything in it that
 * is not words (`answer-markup.ts`), at its line in the file. `firstLine` is the file line where the
 * body starts. Checked when content loads, so that the build stops with a hint before MDX compiles,
 * let alone runs, anything.
 */
export function answerBodyIssues(body: string, file: string, firstLine: number): ContentIssue[] {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const { reason, line = 1, column = 1, source = '' } = error as MdxSyntaxError;
    // A mismatched tag is reported at its paragraph, with the tag's own place in the reason: "(7:102-7:108)".
    const tag = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const at = tag ? { line: Number(tag[1]), column: Number(tag[2]) } : { line, column };
    return [
      {
        file,
        line: firstLine + at.line - 1,
        column: at.column,
        message: `MDX syntax: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`,
        hint: HINTS[source] ?? GENERAL_HINT,
      },
    ];
  }
  return answerMarkupProblems(tree, firstLine - 1).map((problem) => ({ file, ...problem }));
}
