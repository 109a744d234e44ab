import { describe, expect, it } from 'vitest';
import { searchableNames, suggestName } from './suggest-name';

const names = searchableNames([
  { name: 'Tajikistan', aliases: [] },
  { name: 'Kazakhstan', aliases: ['Qazaqstan'] },
  { name: 'United States', aliases: ['US', 'Washington'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
]);

describe('suggesting the actor a misspelt query meant', () => {
  it('offers the name a letter or two away', () => {
    expect(suggestName('tajikstan', names)).toBe('Tajikistan');
    expect(suggestName('Kazakstan', names)).toBe('Kazakhstan');
    expect(suggestName('Washingon', names)).toBe('Washington');
  });

  it('offers nothing for a name, the start of one or a word of one, however it is cased', () => {
    expect(suggestName('tajikistan', names)).toBeUndefined();
    expect(suggestName('Kazak', names)).toBeUndefined();
    expect(suggestName('cooperation', names)).toBeUndefined();
  });

  it('offers nothing for a short query, or for one close to no name', () => {
    expect(suggestName('UK', names)).toBeUndefined();
    expect(suggestName('energy', names)).toBeUndefined();
  });
});

describe('the names search may suggest', () => {
  it('lists every name and alias once, whatever the case', () => {
    expect(searchableNames([{ name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization'] }])).toEqual([
      'NATO',
      'North Atlantic Treaty Organization',
    ]);
  });
});
