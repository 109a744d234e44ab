import { describe, expect, it } from 'vitest';
import { slimPreloadHelper } from './slim-preload-helper';

type Bundle = Record<string, { type: 'chunk'; moduleIds: string[]; exports: string[]; code: string }>;

/** Runs the plugin's generateBundle on a bundle; returns what it reported as an error, if anything. */
function generate(bundle: Bundle): string | undefined {
  const plugin = slimPreloadHelper();
  const hook = plugin.generateBundle as (this: unknown, options: unknown, bundle: Bundle) => void;
  try {
    hook.call(
      {
        error: (message: string) => {
          throw new Error(message);
        },
      },
      {},
      bundle,
    );
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('slimPreloadHelper', () => {
  it('replaces the body of Vite’s preload helper chunk, keeping its export name, and nothing else', async () => {
    const bundle: Bundle = {
      'helper.js': {
        type: 'chunk',
        moduleIds: ['\0vite/preload-helper.js'],
        exports: ['t'],
        code: 'var long=1;'.repeat(200),
      },
      'page.js': { type: 'chunk', moduleIds: ['/src/page.ts'], exports: [], code: 'import{t as e}from"./helper.js";' },
    };
    expect(generate(bundle)).toBeUndefined();
    expect(bundle['page.js']!.code).toBe('import{t as e}from"./helper.js";');
    const helper = bundle['helper.js']!.code;
    expect(helper.length).toBeLessThan(200);
    const { t: preload } = (await import(`data:text/javascript,${encodeURIComponent(helper)}`)) as {
      t: (load: () => Promise<string>, deps?: string[]) => Promise<string>;
    };
    await expect(preload(async () => 'module', [])).resolves.toBe('module');
    await expect(preload(async () => 'module', ['/_astro/dep.css'])).rejects.toThrow(
      /slim-preload-helper: deps to preload/,
    );
  });

  it('stops the build if the helper chunk is not the one function it expects', () => {
    const bundle: Bundle = {
      'helper.js': { type: 'chunk', moduleIds: ['\0vite/preload-helper.js'], exports: ['t', 'u'], code: '' },
    };
    expect(generate(bundle)).toMatch(/exports t, u, not one function/);
  });

  it('stops the build if no chunk is the helper alone', () => {
    const bundle: Bundle = {
      'page.js': { type: 'chunk', moduleIds: ['/src/page.ts', '\0vite/preload-helper.js'], exports: [], code: '' },
    };
    expect(generate(bundle)).toMatch(/no chunk is Vite's preload helper/);
  });
});
