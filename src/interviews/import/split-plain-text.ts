/** An interview read from plain text, its words as the file gives them. */
export interface PlainTextInterview {
  title: string;
  credit: string;
  answers: { question: string; paragraphs: string[] }[];
  /** Paragraphs after the credit line, which the publishing page added ("Leave a Comment"). */
  leftOut: { line: number; text: string }[];
}

/** Why a file cannot be split, and where. */
export interface SplitProblem {
  line: number;
  message: string;
  hint: string;
}

/** A credit line: "Interview with …", "Interviewed by …", "An interview by …". */
const CREDIT = /^(an? )?interview(ed)? (with|by)\b/i;
/** A question ends in a question mark, perhaps inside a closing quote or bracket. */
const QUESTION = /\?[”’"')\]]*$/;
/** A question stands on a line of its own. */
const isQuestion = (text: string) => !text.includes('\n') && QUESTION.test(text);

/** The file's paragraphs: blocks of text between blank lines, each with the line it starts on. */
function paragraphsOf(text: string): { line: number; text: string }[] {
  const paragraphs: { line: number; text: string }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') {
        if (current) paragraphs.push({ line: current.line, text: current.lines.join('\n') });
        current = undefined;
      } else if (current) current.lines.push(line);
      else current = { line: index + 1, lines: [line] };
    });
  if (current) paragraphs.push({ line: current.line, text: current.lines.join('\n') });
  return paragraphs.map(({ line, text: words }) => ({ line, text: words.trim() }));
}

/**
 * Splits a plain-text interview laid out as a title line, then each question (a paragraph ending
 * in "?") followed by the paragraphs of its answer, then a credit line; anything after the credit
 * line is left out, and said so. The words are kept exactly. A file that does not have this shape
 * is refused with the line where it departs from it.
 */
export function splitPlainText(text: string): { interview?: PlainTextInterview; problems: SplitProblem[] } {
  const paragraphs = paragraphsOf(text);
  const [title, ...rest] = paragraphs;
  if (!title) return { problems: [{ line: 1, message: 'the file is empty', hint: 'start with the title line' }] };
  const problems: SplitProblem[] = [];
  if (title.text.includes('\n') || isQuestion(title.text)) {
    problems.push({
      line: title.line,
      message: 'the first paragraph is not a title line',
      hint: 'start the file with the headline on a line of its own, then a blank line',
    });
  }
  const creditIndex = rest.findLastIndex((paragraph) => CREDIT.test(paragraph.text));
  if (creditIndex === -1) {
    const last = paragraphs.at(-1)!;
    return {
      problems: [
        ...problems,
        {
          line: last.line,
          message: 'no credit line',
          hint: 'end the interview with its credit line, such as "Interview with …", on a paragraph of its own',
        },
      ],
    };
  }
  const body = rest.slice(0, creditIndex);
  const answers: PlainTextInterview['answers'] = [];
  body.forEach((paragraph, index) => {
    if (isQuestion(paragraph.text)) {
      const next = body[index + 1];
      if (!next || isQuestion(next.text)) {
        problems.push({
          line: paragraph.line,
          message: 'a question with no answer',
          hint: 'each question is followed by at least one paragraph of answer; join a question that runs over two paragraphs',
        });
      }
      answers.push({ question: paragraph.text, paragraphs: [] });
    } else if (answers.length === 0) {
      problems.push({
        line: paragraph.line,
        message: 'an answer before any question',
        hint: 'the paragraph after the title is a question on a line of its own, ending in "?"',
      });
    } else answers.at(-1)!.paragraphs.push(paragraph.text);
  });
  if (body.length === 0) {
    problems.push({
      line: rest[creditIndex]!.line,
      message: 'no questions before the credit line',
      hint: 'put each question, ending in "?", and its answer between the title and the credit line',
    });
  }
  if (problems.length > 0) return { problems };
  return {
    interview: {
      title: title.text,
      credit: rest[creditIndex]!.text,
      answers,
      leftOut: rest.slice(creditIndex + 1),
    },
    problems: [],
  };
}
