import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, readHostHeaders } from './host-headers.mjs';

const headersFile = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
  writeFileSync(file, text);
  return file;
};

const FILE = [
  '# a comment',
  '/*',
  '  X-Frame-Options: DENY',
  '',
  '/_astro/*',
  '  Cache-Control: immutable',
  '/',
  '  Cache-Control: no-cache',
].join('\n');

describe('the headers a host sends', () => {
  it('are those of every rule whose path matches, a splat matching across folders', async () => {
    const rules = await readHostHeaders(headersFile(FILE));
    expect(Object.fromEntries(headersFor(rules, '/_astro/a.b.js'))).toEqual({
      'x-frame-options': 'DENY',
      'cache-control': 'immutable',
    });
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache',
    });
    expect(headersFor(rules, '/actors/').get('cache-control')).toBeUndefined();
  });

  it('join a header that two rules set, as Cloudflare Pages does', async () => {
    const rules = await readHostHeaders(headersFile('/*\n  Cache-Control: a\n/x\n  Cache-Control: b'));
    expect(headersFor(rules, '/x').get('cache-control')).toBe('a, b');
  });

  it('are none for a build without the file', async () => {
    expect(await readHostHeaders(join(tmpdir(), 'no-such-folder', '_headers'))).toEqual([]);
  });
});
