import { describe, expect, it } from 'vitest';
import { headersFile } from './headers';

const TEMPLATE = [
  '# comment',
  '/*',
  '  X-Content-Type-Options: nosniff',
  '',
  '/_astro/*',
  '  Cache-Control: immutable',
  '',
].join('\n');
const PAGES = ['index.html', '404.html', 'actors/index.html', 'actors/sco/index.html', 'timeline/index.html'];

describe('headersFile', () => {
  it('keeps the rules at the root and adds one HTML rule per place pages live', () => {
    expect(headersFile(TEMPLATE, '/', PAGES)).toBe(
      [
        '# comment',
        '/*',
        '  X-Content-Type-Options: nosniff',
        '',
        '/_astro/*',
        '  Cache-Control: immutable',
        '',
        '# HTML, by where it lives.',
        '/',
        '  Cache-Control: public, max-age=0, must-revalidate',
        '/404.html',
        '  Cache-Control: public, max-age=0, must-revalidate',
        '/actors/*',
        '  Cache-Control: public, max-age=0, must-revalidate',
        '/timeline/*',
        '  Cache-Control: public, max-age=0, must-revalidate',
        '',
      ].join('\n'),
    );
  });

  it('puts every path under the base path, and leaves comments and headers alone', () => {
    const file = headersFile(TEMPLATE, '/sub', ['index.html', 'actors/sco/index.html']);
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/sub/*',
      '/sub/_astro/*',
      '/sub/',
      '/sub/actors/*',
    ]);
    expect(file).toContain('# comment\n');
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
  });
});
