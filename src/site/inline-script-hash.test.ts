import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHash } from './inline-script-hash';

describe('inlineScriptHash', () => {
  it('is the policy source a browser computes for the script’s exact text', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('changes with a single character, so an edited script is refused until its hash is too', () => {
    expect(inlineScriptHash('alert(1);')).not.toBe(inlineScriptHash('alert(1)'));
    expect(inlineScriptHash('x')).toBe(`sha256-${createHash('sha256').update('x').digest('base64')}`);
  });
});
