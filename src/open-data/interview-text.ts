import { formatDate } from '../site/format-date';

interface TextSource {
  interview: { title: string; credit: string; date: string };
  answers: readonly { question: string; paragraphs: readonly string[] }[];
  /** Where the edition publishes it, and its name. */
  publisher: string;
  url: string;
}

/**
 * An interview as plain text: its title, credit line and date, then each question and the
 * paragraphs of its answer, the words exactly as the edition gives them. The editors' glosses and
 * notes are left out; a closing line, after a rule, says where the text comes from.
 */
export function interviewText({ interview, answers, publisher, url }: TextSource): string {
  const blocks = [
    interview.title,
    `${interview.credit}\n${formatDate(interview.date)}`,
    ...answers.flatMap(({ question, paragraphs }) => [question, ...paragraphs]),
    `---\nThe interview’s words as published in ${publisher}, ${url}, without the editors’ glosses and notes.`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
