import type { Nodes } from 'mdast';
import { parseAnswerBody } from './answer-body';

/** The words of a node: its text, a line break as a new line, and no marks or links. */
const wordsOf = (node: Nodes): string =>
  node.type === 'break'
    ? '\n'
    : 'value' in node
      ? node.value
      : 'children' in node
        ? node.children.map(wordsOf).join('')
        : '';

/**
 * The paragraphs of an answer as plain text, the interviewee's words exactly: actor marks and links
 * give their words, emphasis its text, and a line break a new line.
 */
export const answerParagraphs = (body: string): string[] =>
  parseAnswerBody(body)
    .children.filter((node) => node.type === 'paragraph')
    .map(wordsOf);
