import { createProcessor } from '@mdx-js/mdx';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkGfm from 'remark-gfm';
import { answerMarkupProblems } from './answer-markup';
import type { ContentIssue } from '../content-model/content-error';

/** What to do about an MDX syntax error, by the part of the parser that raised it. */
const HINTS: Record<string, string> = {
  'micromark-extension-mdx-jsx':
    'MDX reads “<” as the start of a tag: close the tag, or write &lt; where the text means the character',
  'mdast-util-mdx-jsx':
    'MDX reads “<” as the start of a tag: close the tag, or write &lt; where the text means the character',
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

/** An answer's body as the build parses it; it throws an MDX syntax error, which the content check reports first. */
export const parseAnswerBody = (body: string) => parser.parse(body) as Root;

/** An actor mark in an answer, `[words](actor:id)`, at its place in the file. */
export interface ActorMark {
  actor: string;
  line: number;
  column: number;
}

/** What the content check needs of an answer's body: what is wrong with it, and how it is laid out. */
export interface AnswerBody {
  issues: ContentIssue[];
  /** The number of paragraphs, each of which gets an anchor; 0 when the body has issues. */
  paragraphs: number;
  /** The actor marks, in reading order; none when the body has issues. */
  marks: ActorMark[];
}

/**
 * Reads an answer's body: its MDX syntax error, if any, or else everything in it that is not
 * words (`answer-markup.ts`), at its line in the file; with neither, its paragraphs and actor marks.
 * `firstLine` is the file line where the body starts. Checked when content loads, so that the build
 * stops with a hint before MDX compiles, let alone runs, anything.
 */
export function readAnswerBody(body: string, file: string, firstLine: number): AnswerBody {
  const parsed = parseBody(body, file, firstLine);
  if ('issue' in parsed) return { issues: [parsed.issue], paragraphs: 0, marks: [] };
  const { tree } = parsed;
  const problems = answerMarkupProblems(tree, firstLine - 1);
  if (problems.length > 0)
    return { issues: problems.map((problem) => ({ file, ...problem })), paragraphs: 0, marks: [] };
  const marks: ActorMark[] = [];
  visit(tree, 'link', (link: Link) => {
    if (!link.url.startsWith('actor:')) return;
    const at = link.position?.start ?? { line: 1, column: 1 };
    marks.push({ actor: link.url.slice('actor:'.length), line: at.line + firstLine - 1, column: at.column });
  });
  return { issues: [], paragraphs: tree.children.filter((node) => node.type === 'paragraph').length, marks };
}

/** The body's tree, or its MDX syntax error at its line in the file. */
function parseBody(body: string, file: string, firstLine: number): { tree: Root } | { issue: ContentIssue } {
  try {
    return { tree: parser.parse(body) as Root };
  } catch (error) {
    const { reason, line = 1, column = 1, source = '' } = error as MdxSyntaxError;
    // A mismatched tag is reported at its paragraph, with the tag's own place in the reason: "(7:102-7:108)".
    const tag = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const at = tag ? { line: Number(tag[1]), column: Number(tag[2]) } : { line, column };
    return {
      issue: {
        file,
        line: firstLine + at.line - 1,
        column: at.column,
        message: `MDX syntax: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`,
        hint: HINTS[source] ?? GENERAL_HINT,
      },
    };
  }
}
