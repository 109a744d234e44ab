import { describe, expect, it } from 'vitest';
import { answerSearchFields, searchFormsOf } from './answer-search-fields';

const actors = new Map([
  ['china-ceec', { name: '16+1 (China–CEEC)', kind: 'organisation' as const, aliases: ['17+1', 'China–CEEC'] }],
  ['sco', { name: 'Shanghai Cooperation Organisation', kind: 'organisation' as const, aliases: ['SCO'] }],
  ['russia', { name: 'Russia', kind: 'country' as const, aliases: ['Russian Federation', 'russia'] }],
  ['xi-jinping', { name: 'Xi Jinping', kind: 'person' as const, aliases: ['Xi'] }],
]);

describe('the search forms of a name', () => {
  it('keeps a plain name as it is', () => {
    expect(searchFormsOf('Kazakhstan')).toEqual(['Kazakhstan']);
  });

  it('adds a form with dashes and brackets turned to spaces, so each part can be found', () => {
    expect(searchFormsOf('16+1 (China–CEEC)')).toEqual(['16+1 (China–CEEC)', '16+1 China CEEC']);
  });
});

describe('the search fields of an answer', () => {
  it('lists every name and alias of each mentioned actor once, ignoring case', () => {
    expect(answerSearchFields(['russia', 'sco'], actors).names).toEqual([
      'Russia',
      'Russian Federation',
      'Shanghai Cooperation Organisation',
      'SCO',
    ]);
  });

  it('offers the split forms of names that join words with dashes', () => {
    expect(answerSearchFields(['china-ceec'], actors).names).toEqual([
      '16+1 (China–CEEC)',
      '16+1 China CEEC',
      '17+1',
      'China–CEEC',
      'China CEEC',
    ]);
  });

  it('lists the kinds present in the order kinds are listed, whatever the order of mentions', () => {
    expect(answerSearchFields(['xi-jinping', 'russia', 'sco'], actors).kinds).toEqual([
      'Organisation',
      'Country',
      'Person',
    ]);
  });

  it('lists each actor once, in the order of first mention', () => {
    expect(answerSearchFields(['russia', 'sco', 'russia'], actors).actors).toEqual([
      'Russia',
      'Shanghai Cooperation Organisation',
    ]);
  });

  it('keeps each actor’s search forms apart, for highlighting its mentions', () => {
    expect(answerSearchFields(['xi-jinping', 'russia'], actors).namesByActor).toEqual({
      'xi-jinping': ['Xi Jinping', 'Xi'],
      russia: ['Russia', 'Russian Federation'],
    });
  });

  it('refuses an actor it does not know, rather than leave it out of search', () => {
    expect(() => answerSearchFields(['nato'], actors)).toThrow("no actor 'nato'");
  });
});
