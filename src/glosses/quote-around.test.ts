import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT, quoteAround, sentencesOf } from './quote-around';

const quote = (text: string, offset: number, length = 0) => quoteAround(sentencesOf(text), offset, length);

describe('the quote around a mention', () => {
  it('is the sentence that holds the offset, without trailing space', () => {
    const text = 'One. Two “three”. Four.';
    expect(quote(text, text.indexOf('three'), 5)).toEqual({ sentence: 'Two “three”.', at: 5 });
  });

  it('is the first or the last sentence for an offset at either end', () => {
    expect(quote('One. Two', 0)).toEqual({ sentence: 'One.', at: 0 });
    expect(quote('One. Two', 7)).toEqual({ sentence: 'Two', at: 2 });
  });

  it('cuts a sentence too long to quote whole to the words around the mention, marking each cut', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    const text = `${words(200)} NATO ${words(200)}.`;
    const { sentence, at } = quote(text, text.indexOf('NATO'), 4);
    expect(sentence.slice(at, at + 4)).toBe('NATO');
    expect(sentence.startsWith('… w')).toBe(true);
    expect(sentence.endsWith(' …')).toBe(true);
    expect(sentence.length).toBeLessThanOrEqual(4 + 2 * QUOTE_CONTEXT + 4);
    expect(text).toContain(sentence.slice(2, -2));
  });

  it('costs the same for each of many mentions in one long sentence', () => {
    const text = `${Array.from({ length: 5000 }, () => 'NATO').join(' and ')}.`;
    const sentences = sentencesOf(text);
    const longest = Math.max(
      ...[0, 1000, 12_000, text.length - 5].map((offset) => quoteAround(sentences, offset, 4).sentence.length),
    );
    expect(longest).toBeLessThanOrEqual(4 + 2 * QUOTE_CONTEXT + 4);
  });
});
