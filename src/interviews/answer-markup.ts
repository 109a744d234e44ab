import type { Link } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * What an answer may hold. An answer is MDX, and MDX is a program: imports, exports, `{expressions}`
 * and tags all run or render at build time. An answer is the interviewee's words, so it may hold
 * only these, and anything else stops the build before MDX compiles it:
 *
 * - paragraphs of text, one a block;
 * - `*emphasis*` and `**strong**` words;
 * - line breaks inside a paragraph (a backslash, or two spaces, at the end of the line);
 * - actor marks, `[words](actor:id)`;
 * - links to https pages, `[words](https://…)`, and to the site's own paths, `[words](/actors/sco/)`.
 */
const ALLOWED = new Set(['root', 'paragraph', 'text', 'emphasis', 'strong', 'break', 'link']);
/** Astro's MDX pipeline may leave the frontmatter in the tree; the frontmatter has its own checks. */
const FRONTMATTER = new Set(['yaml', 'toml']);

export const ALLOWED_MARKUP_HINT =
  'an answer holds words: paragraphs, *emphasis*, **strong**, line breaks, [words](actor:id) and links to https pages or the site’s own /paths';

/** One thing in an answer that is not allowed there, at its place in the parsed body. */
export interface MarkupProblem {
  message: string;
  hint: string;
  line: number;
  column: number;
}

interface Found {
  /** What the author wrote, in words: the message is that it is not allowed, unless `message` says otherwise. */
  what: string;
  message?: string;
  /** What to do instead. */
  hint: string;
}

const WORDS_NOT_CODE = 'answers are words, not code: remove it';
const MDX_JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** The Markdown an answer may not hold, in words, and what to do instead where there is more to say. */
const MARKDOWN: Record<string, { what: string; hint?: string }> = {
  heading: { what: 'a heading', hint: 'the question is the answer’s heading: write the answer as paragraphs' },
  list: { what: 'a list' },
  listItem: { what: 'a list' },
  blockquote: { what: 'a block quote' },
  code: { what: 'a code block' },
  inlineCode: { what: 'code' },
  image: { what: 'an image' },
  imageReference: { what: 'an image' },
  thematicBreak: { what: 'a thematic break' },
  table: { what: 'a table' },
  delete: { what: 'struck-through text' },
  footnoteReference: { what: 'a footnote' },
  footnoteDefinition: { what: 'a footnote' },
  linkReference: { what: 'a reference-style link', hint: 'write the link inline: [words](https://…)' },
  definition: { what: 'a link definition', hint: 'write the link inline: [words](https://…)' },
  html: { what: 'raw HTML' },
};

/** Describes a node that is not allowed in an answer. */
function describe(node: Node): Found {
  const type: string = node.type;
  if (type === 'mdxjsEsm') return { what: 'an import or export statement', hint: WORDS_NOT_CODE };
  if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
    return { what: 'an {expression}', hint: `${WORDS_NOT_CODE}, or write &#123; where the text means “{”` };
  }
  if (MDX_JSX_ELEMENTS.has(type)) {
    const name = (node as { name?: string | null }).name;
    return {
      what: name ? `a <${name}> tag` : 'a <> fragment',
      hint: `answers are words, not markup: remove the tag, or write &lt; where the text means “<”; ${ALLOWED_MARKUP_HINT}`,
    };
  }
  const known = MARKDOWN[type];
  return { what: known?.what ?? `Markdown of type '${type}'`, hint: known?.hint ?? ALLOWED_MARKUP_HINT };
}

const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

const shown = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

/** What is wrong with a link's address, if anything. */
function linkProblem(link: Link): Found | undefined {
  const { url } = link;
  if (url.startsWith('actor:')) {
    // Whether the id names an actor is checked with the actors; here only that it can be read.
    return decodes(url.slice('actor:'.length))
      ? undefined
      : {
          what: `an actor mark '${shown(url)}'`,
          message: `malformed actor mark '${shown(url)}'`,
          hint: 'an actor mark is [words](actor:id), with the id of a file in content/actors/: lower-case words joined by hyphens',
        };
  }
  if (/^\/(?![/\\])/.test(url)) return undefined;
  if (/^https:\/\//i.test(url) && URL.canParse(url)) return undefined;
  return {
    what: `a link to '${shown(url)}'`,
    hint: /^http:\/\//i.test(url)
      ? 'link to the https address of the page'
      : 'link to https pages or to the site’s own paths (/actors/sco/), or mark an actor with [words](actor:id)',
  };
}

/**
 * Everything in an answer's parsed body that is not words: each is reported once, at its start,
 * and what lies inside it is not looked at, so one mistake gives one message. `lineOffset` is
 * added to each line, for a body parsed apart from the frontmatter above it.
 */
export function answerMarkupProblems(tree: Node, lineOffset = 0): MarkupProblem[] {
  const found: { type: string; problem: MarkupProblem }[] = [];
  const report = (node: Node, { what, message, hint }: Found) =>
    found.push({
      type: node.type,
      problem: {
        message: message ?? `${what} is not allowed in an answer`,
        hint,
        line: (node.position?.start.line ?? 1) + lineOffset,
        column: node.position?.start.column ?? 1,
      },
    });
  const walk = (node: Node) => {
    if (FRONTMATTER.has(node.type)) return;
    if (!ALLOWED.has(node.type)) return void report(node, describe(node));
    if (node.type === 'link') {
      const problem = linkProblem(node as Link);
      if (problem) return void report(node, problem);
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child);
  };
  walk(tree);
  // A reference-style link and its definition are one mistake: the link is reported, not both.
  const referenced = found.some(({ type }) => type === 'linkReference');
  return found.filter(({ type }) => !(referenced && type === 'definition')).map(({ problem }) => problem);
}
