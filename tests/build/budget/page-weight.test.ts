import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assetFile,
  brotliSize,
  firstRenderBytes,
  inlineScripts,
  renderBlockingStylesheets,
  scriptFilesOnLoad,
  scriptOnLoadBytes,
  staticImports,
  weighPage,
} from './page-weight';

const doc = (head: string) => parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`).document;

describe('renderBlockingStylesheets', () => {
  it('counts every stylesheet but those for print', () => {
    const document = doc(
      '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print">' +
        '<link rel="stylesheet" href="/s.css" media="screen and (min-width: 40em)"><link rel="icon" href="/i.svg">',
    );
    expect(renderBlockingStylesheets(document)).toEqual(['/a.css', '/s.css']);
  });
});

describe('scriptFilesOnLoad and inlineScripts', () => {
  it('finds module and classic script files and module preloads, but not data blocks', () => {
    const document = doc(
      '<script type="module" src="/m.js"></script><script src="/c.js"></script>' +
        '<link rel="modulepreload" href="/dep.js"><script type="application/json" src="/d.json"></script>' +
        '<script type="module">run()</script><script type="application/ld+json">{}</script>',
    );
    expect(scriptFilesOnLoad(document)).toEqual(['/m.js', '/c.js', '/dep.js']);
    expect(inlineScripts(document)).toEqual(['run()']);
  });
});

describe('staticImports', () => {
  it('finds the static imports and re-exports of bundler output, and not dynamic imports', () => {
    const source =
      'import{a as b}from"./shared.js";import"./side.js";import * as all from \'./star.js\';' +
      'export*from"./again.js";const later=()=>import("./on-intent.js");export{b};';
    expect(staticImports(source)).toEqual(['./shared.js', './side.js', './star.js', './again.js']);
  });
});

describe('assetFile', () => {
  it('resolves root-relative, page-relative and base-path URLs into the build folder', () => {
    expect(assetFile('/dist', '/', 'a/index.html', '/_astro/x.css')).toBe('/dist/_astro/x.css');
    expect(assetFile('/dist', '/', 'a/index.html', 'y.js')).toBe('/dist/a/y.js');
    expect(assetFile('/dist', '/sub/', 'index.html', '/sub/_astro/x.css')).toBe('/dist/_astro/x.css');
  });

  it('refuses an asset on another host', () => {
    expect(() => assetFile('/dist', '/', 'index.html', 'https://cdn.example/x.js')).toThrow(/another host/);
  });
});

describe('weighPage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, '_astro'));
  const files = {
    'index.html':
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/p.css" media="print">' +
      '<script type="module" src="/_astro/main.js"></script></head><body><script type="module">go()</script></body></html>',
    '_astro/a.css': 'body{margin:0}',
    '_astro/p.css': 'body{color:black}',
    '_astro/main.js': 'import{x}from"./dep.js";import("./lazy.js");x();',
    '_astro/dep.js': 'export const x=()=>1;',
    '_astro/lazy.js': 'export default 1;'.repeat(100),
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dist, path), content);

  it('adds the HTML and its blocking CSS, and the script files with their static imports and inline scripts', () => {
    const weight = weighPage(dist, '/', 'index.html');
    const size = (path: keyof typeof files) => brotliSize(files[path]);
    expect(weight.blockingCss.map(({ file }) => file)).toEqual([join(dist, '_astro/a.css')]);
    expect(weight.scriptFiles.map(({ file }) => file)).toEqual([
      join(dist, '_astro/main.js'),
      join(dist, '_astro/dep.js'),
    ]);
    expect(firstRenderBytes(weight)).toBe(size('index.html') + size('_astro/a.css'));
    expect(scriptOnLoadBytes(weight)).toBe(size('_astro/main.js') + size('_astro/dep.js') + brotliSize('go()'));
  });

  it('fails when a page asks for a file the build does not have', () => {
    writeFileSync(join(dist, 'broken.html'), '<link rel="stylesheet" href="/_astro/gone.css">');
    expect(() => weighPage(dist, '/', 'broken.html')).toThrow(/broken\.html asks for .*gone\.css/);
  });
});
