import { describe, expect, it } from 'vitest';
import { headersFor, patternMatches, readHeaderRules } from './header-rules';

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

describe('readHeaderRules', () => {
  it('reads each path with its headers and the line it starts on', () => {
    expect(readHeaderRules(FILE)).toEqual([
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY']], line: 2 },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']], line: 5 },
      { pattern: '/', headers: [['Cache-Control', 'no-cache']], line: 7 },
    ]);
  });

  it('rejects a header line that is not "Name: value", with its line', () => {
    expect(() => readHeaderRules('/*\n  X-Frame-Options DENY')).toThrow('_headers:2:');
  });

  it('rejects a header before any path', () => {
    expect(() => readHeaderRules('  X-Frame-Options: DENY')).toThrow('_headers:1:');
  });
});

describe('patternMatches', () => {
  it('matches a splat across folders, and an exact path only exactly', () => {
    expect(patternMatches('/_astro/*', '/_astro/a.b.js')).toBe(true);
    expect(patternMatches('/actors/*', '/actors/sco/')).toBe(true);
    expect(patternMatches('/', '/actors/')).toBe(false);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
  });
});

describe('headersFor', () => {
  it('gathers the headers of every rule that matches', () => {
    const rules = readHeaderRules(FILE);
    expect(Object.fromEntries(headersFor(rules, '/_astro/x.js'))).toEqual({
      'x-frame-options': 'DENY',
      'cache-control': 'immutable',
    });
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache',
    });
  });

  it('joins a header two rules set, as Cloudflare Pages does', () => {
    const rules = readHeaderRules('/*\n  Cache-Control: a\n/x\n  Cache-Control: b');
    expect(headersFor(rules, '/x').get('cache-control')).toBe('a, b');
  });
});
