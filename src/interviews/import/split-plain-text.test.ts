import { describe, expect, it } from 'vitest';
import { splitPlainText } from './split-plain-text';

const file = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('splitting a plain-text interview', () => {
  it('takes the title, each question with its paragraphs, and the credit line, words unchanged', () => {
    const { interview, problems } = splitPlainText(
      file(
        'A “title”',
        'Why now?',
        'Because — it’s time.',
        'And again.',
        'What next?',
        'Wait.',
        'Interview with A. N. Other',
      ),
    );
    expect(problems).toEqual([]);
    expect(interview).toEqual({
      title: 'A “title”',
      credit: 'Interview with A. N. Other',
      answers: [
        { question: 'Why now?', paragraphs: ['Because — it’s time.', 'And again.'] },
        { question: 'What next?', paragraphs: ['Wait.'] },
      ],
      leftOut: [],
    });
  });

  it('leaves out what follows the credit line, with its line, and reads Windows line ends', () => {
    const { interview } = splitPlainText('T\r\n\r\nQ?\r\n\r\nA.\r\n\r\nInterviewed by B\r\n\r\nLeave a Comment\r\n');
    expect(interview?.credit).toBe('Interviewed by B');
    expect(interview?.leftOut).toEqual([{ line: 9, text: 'Leave a Comment' }]);
  });

  it('keeps an answer’s own question marks in the answer when the paragraph is more than a line', () => {
    const { interview } = splitPlainText(file('T', 'Q?', 'Is it?\nIt is, and will be?', 'Interview with C'));
    expect(interview?.answers).toEqual([{ question: 'Q?', paragraphs: ['Is it?\nIt is, and will be?'] }]);
  });

  it('refuses a file without a credit line, at its last paragraph', () => {
    expect(splitPlainText(file('T', 'Q?', 'A.')).problems).toEqual([
      {
        line: 5,
        message: 'no credit line',
        hint: 'end the interview with its credit line, such as "Interview with …", on a paragraph of its own',
      },
    ]);
  });

  it('refuses an answer before the first question, and a question with no answer, at their lines', () => {
    expect(splitPlainText(file('T', 'Not a question.', 'Q?', 'R?', 'A.', 'Interview with D')).problems).toEqual([
      expect.objectContaining({ line: 3, message: 'an answer before any question' }),
      expect.objectContaining({ line: 5, message: 'a question with no answer' }),
    ]);
  });

  it('refuses an empty file, and a title that is a question', () => {
    expect(splitPlainText('\n\n').problems).toEqual([
      expect.objectContaining({ line: 1, message: 'the file is empty' }),
    ]);
    expect(splitPlainText(file('Why?', 'Q?', 'A.', 'Interview with E')).problems).toEqual([
      expect.objectContaining({ line: 1, message: 'the first paragraph is not a title line' }),
    ]);
  });
});
