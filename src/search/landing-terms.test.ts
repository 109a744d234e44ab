import { describe, expect, it } from 'vitest';
import { actorsNamed, foldForSearch, landingTerms } from './landing-terms';

const names = {
  sco: ['Shanghai Cooperation Organisation', 'SCO'],
  'china-ceec': ['16+1 (China–CEEC)', '16+1 China CEEC', '17+1', 'China–CEEC'],
  'xi-jinping': ['Xi Jinping', 'Xi'],
  'united-states': ['United States', 'USA'],
  'un-security-council': ['UN Security Council', 'United Nations Security Council'],
};

describe('folding text for search', () => {
  it('sets aside case, accents and joining punctuation', () => {
    expect(foldForSearch('  China–CEEC ')).toBe('china ceec');
    expect(foldForSearch('Médvédev')).toBe('medvedev');
  });
});

describe('the terms a landing page highlights', () => {
  it('keeps a many-word query whole, to find it as the text has it', () => {
    expect(landingTerms(['16', '+', '1']).phrase).toBe('16 + 1');
  });

  it('drops words of one character and bare punctuation, which would mark half the page', () => {
    expect(landingTerms(['16', '+', '1']).words).toEqual(['16']);
  });

  it('looks for a one-word query as it is', () => {
    expect(landingTerms(['Kazakhstan'])).toEqual({ phrase: 'Kazakhstan', words: ['Kazakhstan'], folded: 'kazakhstan' });
  });

  it('has no phrase in a single character, which would mark every one on the page', () => {
    expect(landingTerms(['a']).phrase).toBeUndefined();
  });

  it('has nothing to look for in punctuation alone', () => {
    expect(landingTerms(['?!', '…'])).toMatchObject({ phrase: undefined, words: [] });
  });
});

describe('the actors a query names', () => {
  it('finds an actor by an alias the text does not use', () => {
    expect(actorsNamed(foldForSearch('SCO'), names)).toEqual(['sco']);
    expect(actorsNamed(foldForSearch('17+1'), names)).toEqual(['china-ceec']);
  });

  it('finds an actor by words of its name in order, the last one perhaps unfinished', () => {
    expect(actorsNamed(foldForSearch('Shanghai Coop'), names)).toEqual(['sco']);
    expect(actorsNamed(foldForSearch('china ceec'), names)).toEqual(['china-ceec']);
  });

  it('finds every actor a query names', () => {
    expect(actorsNamed(foldForSearch('United'), names)).toEqual(['united-states', 'un-security-council']);
  });

  it('does not match inside a word, nor words out of order', () => {
    expect(actorsNamed(foldForSearch('hai'), names)).toEqual([]);
    expect(actorsNamed(foldForSearch('Jinping Xi'), names)).toEqual([]);
  });

  it('finds nothing for punctuation alone', () => {
    expect(actorsNamed(foldForSearch('+'), names)).toEqual([]);
  });
});
