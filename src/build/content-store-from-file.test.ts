import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { contentStoreFromFile } from './content-store-from-file';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The integration set up for `command`, with its cache in a new folder; returns its Vite plugin and hooks. */
function setUp(command: 'build' | 'dev', collectionStorage?: string) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'store-'));
  folders.push(cacheDir);
  const integration = contentStoreFromFile();
  const plugins: Plugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: { collectionStorage } },
    updateConfig: ({ vite }: { vite: { plugins: Plugin[] } }) => plugins.push(...vite.plugins),
  });
  const transform = plugins[0]?.transform as ((code: string, id: string) => { code: string } | undefined) | undefined;
  const buildDone = () => (integration.hooks['astro:build:done'] as () => void)();
  return { cacheDir, transform, buildDone };
}

describe('contentStoreFromFile', () => {
  it('replaces the inlined store with a module that reads the store file', async () => {
    const { cacheDir, transform, buildDone } = setUp('build');
    const store = [['Map', 1, 2], 'answers', ['Map']];
    writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));
    const result = transform!(
      `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`,
      '\0astro:data-layer-content',
    );
    expect(result!.code).not.toContain('answers');
    const module = join(cacheDir, 'store.mjs');
    writeFileSync(module, result!.code);
    expect((await import(pathToFileURL(module).href)).default).toEqual(store);
    expect(buildDone).not.toThrow();
  });

  it('leaves every other module, and an empty store, alone', () => {
    const { transform } = setUp('build');
    expect(transform!('export default JSON.parse("[]")', '/src/page.ts')).toBeUndefined();
    expect(transform!('export default new Map()', '\0astro:data-layer-content')).toBeUndefined();
  });

  it('fails the build when Astro’s store module never came by', () => {
    const { buildDone } = setUp('build');
    expect(buildDone).toThrow(/was not found in the build/);
  });

  it('does nothing in `astro dev`, and refuses a store split into chunks', () => {
    const { transform, buildDone } = setUp('dev');
    expect(transform).toBeUndefined();
    expect(buildDone).not.toThrow();
    expect(() => setUp('build', 'chunked')).toThrow(/split into chunks/);
  });
});
