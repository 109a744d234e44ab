import { describe, expect, it } from 'vitest';
import { answerParagraphs } from './answer-text';

describe('answerParagraphs', () => {
  it('gives each paragraph’s words, without marks, links or emphasis, and entities as their characters', () => {
    const body = [
      'The [SCO](actor:sco) and *the* “[16 + 1](https://example.org/)” &lt;sic&gt;.',
      '',
      'A line\\',
      'and the next.',
    ].join('\n');
    expect(answerParagraphs(body)).toEqual(['The SCO and the “16 + 1” <sic>.', 'A line\nand the next.']);
  });
});
