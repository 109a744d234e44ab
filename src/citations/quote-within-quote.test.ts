import { describe, expect, it } from 'vitest';
import { quoteWithinQuote, withFullStop } from './quote-within-quote';

describe('quoteWithinQuote', () => {
  it('turns double quotation marks into single ones', () => {
    expect(quoteWithinQuote('Relations: “The danger”')).toBe('Relations: ‘The danger’');
  });
});

describe('withFullStop', () => {
  it('puts the full stop inside closing quotation marks', () => {
    expect(withFullStop('the ‘West alone’')).toBe('the ‘West alone.’');
  });
  it('adds none after a question mark or a full stop', () => {
    expect(withFullStop('Why?')).toBe('Why?');
    expect(withFullStop('Done.')).toBe('Done.');
  });
});
