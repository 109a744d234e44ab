import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropPreloadHelper, unwrapPreloads } from './drop-preload-helper';

const parse = (code: string) => parseSync('chunk.js', code, { sourceType: 'module' }).program;

interface Chunk {
  type: 'chunk';
  fileName: string;
  moduleIds: string[];
  exports: string[];
  imports: string[];
  dynamicImports: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string> };
}
type Bundle = Record<string, Chunk>;

const HELPER: Chunk = {
  type: 'chunk',
  fileName: '_astro/preload-helper.X1.js',
  moduleIds: ['\0vite/preload-helper.js'],
  exports: ['t'],
  imports: [],
  dynamicImports: [],
  code: 'export const t=(l,d)=>l();',
};

function chunk(fileName: string, fields: Partial<Chunk> = {}): Chunk {
  return {
    type: 'chunk',
    fileName,
    moduleIds: [`/src/${fileName}`],
    exports: [],
    imports: [],
    dynamicImports: [],
    code: '',
    ...fields,
  };
}

/** Calls one of the plugin's hooks as the bundler would; returns what it reported as an error, if anything. */
function call(hook: 'renderChunk' | 'generateBundle', ...args: unknown[]): { result?: unknown; error?: string } {
  const handler = dropPreloadHelper()[hook] as (this: unknown, ...args: unknown[]) => unknown;
  try {
    const context = {
      parse,
      error: (message: string) => {
        throw new Error(message);
      },
    };
    return { result: handler.call(context, ...args) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('unwrapPreloads', () => {
  const unwrap = (code: string) => unwrapPreloads(code, parse(code), 'preload-helper.X1.js');

  it('drops the import of the helper and unwraps each call to the import it wraps', () => {
    const code = [
      'import { t as __vitePreload } from "./preload-helper.X1.js";',
      'const back = "↩";',
      'const load = () => __vitePreload(() => import("./a.js"), __VITE_PRELOAD__);',
      'const dialog = __vitePreload(async () => { const { x } = await import("./b.js"); return { x }; }, __VITE_PRELOAD__);',
    ].join('\n');
    expect(unwrap(code)).toBe(
      [
        '',
        'const back = "↩";',
        'const load = () => import("./a.js");',
        'const dialog = (async () => { const { x } = await import("./b.js"); return { x }; })();',
      ].join('\n'),
    );
  });

  it('leaves code that does not import the helper as it is', () => {
    const code = 'import { t as __vitePreload } from "./other.js"; __vitePreload(() => 1, __VITE_PRELOAD__);';
    expect(unwrap(code)).toBe(code);
  });

  it('refuses a call that is not the shape Vite writes, quoting it', () => {
    expect(() =>
      unwrap('import { t as __vitePreload } from "./preload-helper.X1.js"; __vitePreload(load, __VITE_PRELOAD__);'),
    ).toThrow('a call of the preload helper is not the shape Vite writes: __vitePreload(load, __VITE_PRELOAD__)');
    expect(() =>
      unwrap('import { t as __vitePreload } from "./preload-helper.X1.js"; __vitePreload(() => import("./a.js"), []);'),
    ).toThrow(/not the shape Vite writes/);
  });
});

describe('dropPreloadHelper', () => {
  it('unwraps the calls of a chunk that imports the helper as it renders, and leaves other chunks alone', () => {
    const code = 'import { t as p } from "./preload-helper.X1.js";\np(() => import("./a.js"), __VITE_PRELOAD__);';
    const page = chunk('_astro/page.js', { imports: [HELPER.fileName] });
    const chunks = { [HELPER.fileName]: HELPER, [page.fileName]: page };
    expect(call('renderChunk', code, page, {}, { chunks }).result).toEqual({ code: '\nimport("./a.js");', map: null });
    expect(call('renderChunk', 'let a = 1;', chunk('_astro/other.js'), {}, { chunks }).result).toBeNull();
  });

  it('stops the build, naming the chunk, if a call is not the shape expected', () => {
    const code = 'import { t as p } from "./preload-helper.X1.js";\np(() => import("./a.js"), ["./a.css"]);';
    const page = chunk('_astro/page.js', { imports: [HELPER.fileName] });
    const chunks = { [HELPER.fileName]: HELPER, [page.fileName]: page };
    expect(call('renderChunk', code, page, {}, { chunks }).error).toMatch(
      /^_astro\/page\.js: a call of the preload helper/,
    );
  });

  it('takes the helper chunk out of the bundle, and out of every chunk’s imports', () => {
    const bundle: Bundle = {
      [HELPER.fileName]: { ...HELPER },
      'page.js': chunk('page.js', { imports: [HELPER.fileName, 'shared.js'], dynamicImports: ['lazy.js'] }),
      'lazy.js': chunk('lazy.js'),
    };
    expect(call('generateBundle', {}, bundle).error).toBeUndefined();
    expect(Object.keys(bundle)).toEqual(['page.js', 'lazy.js']);
    expect(bundle['page.js']!.imports).toEqual(['shared.js']);
  });

  it('does not count the helper as a dependency of a chunk imported on intent', () => {
    const bundle: Bundle = {
      [HELPER.fileName]: { ...HELPER },
      'page.js': chunk('page.js', { imports: [HELPER.fileName], dynamicImports: ['lazy.js'] }),
      'lazy.js': chunk('lazy.js', { imports: [HELPER.fileName] }),
    };
    expect(call('generateBundle', {}, bundle).error).toBeUndefined();
    expect(bundle['lazy.js']!.imports).toEqual([]);
  });

  it('stops the build if a chunk imported on intent has scripts or styles Vite would have preloaded', () => {
    for (const lazy of [
      chunk('lazy.js', { imports: ['shared.js'] }),
      chunk('lazy.js', { viteMetadata: { importedCss: new Set(['lazy.css']) } }),
    ]) {
      const bundle: Bundle = {
        [HELPER.fileName]: { ...HELPER },
        'page.js': chunk('page.js', { dynamicImports: ['lazy.js'] }),
        'lazy.js': lazy,
      };
      expect(call('generateBundle', {}, bundle).error).toMatch(
        /^page\.js imports on intent lazy\.js \((shared\.js|lazy\.css)\), which Vite would preload/,
      );
    }
  });

  it('stops the build if no chunk is the helper alone', () => {
    const bundle: Bundle = { 'page.js': chunk('page.js', { moduleIds: ['/src/page.ts', '\0vite/preload-helper.js'] }) };
    expect(call('generateBundle', {}, bundle).error).toMatch(/no chunk is Vite's preload helper/);
  });
});
