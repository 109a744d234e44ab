import { describe, expect, it } from 'vitest';
import { interviewText } from './interview-text';

describe('interviewText', () => {
  it('sets out the title, credit, date, then each question and its paragraphs, and where it comes from', () => {
    const text = interviewText({
      interview: { title: 'A “title”', credit: 'Interview by someone', date: '2022-03' },
      answers: [
        { question: 'Why?', paragraphs: ['Because.', 'And then\nsome.'] },
        { question: 'When?', paragraphs: ['Now.'] },
      ],
      publisher: 'The Edition',
      url: 'https://example.org/a/',
    });
    expect(text).toBe(
      [
        'A “title”',
        'Interview by someone\nMarch 2022',
        'Why?',
        'Because.',
        'And then\nsome.',
        'When?',
        'Now.',
        '---\nThe interview’s words as published in The Edition, https://example.org/a/, without the editors’ glosses and notes.',
      ].join('\n\n') + '\n',
    );
  });
});
