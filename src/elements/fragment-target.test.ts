import { describe, expect, it } from 'vitest';
import { fragmentId } from './fragment-target';

describe('the id a fragment names', () => {
  it('is the fragment without its #, percent-escapes decoded', () => {
    expect(fragmentId('#gloss-war-brics')).toBe('gloss-war-brics');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('')).toBe('');
  });

  it('is the fragment as it stands when it is not valid percent-encoding, instead of an error', () => {
    expect(fragmentId('#%zz')).toBe('%zz');
    expect(fragmentId('#gloss-%E0%A4%A')).toBe('gloss-%E0%A4%A');
  });
});
