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
  const load = (plugins[0]?.load as { handler: (id: string) => { code: string } | undefined } | undefined)?.handler;
  const buildDone = () => (integration.hooks['astro:build:done'] as () => void)();
  return { cacheDir, load, buildDone };
}

describe('contentStoreFromFile', () => {
  it('replaces the inlined store with a module that reads the store file', async () => {
    const { cacheDir, load, buildDone } = setUp('build');
    const store = [['Map', 1, 2], 'answers', ['Map']];
    writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));
    const result = load!('\0astro:data-layer-content');
    expect(result!.code).not.toContain('answers');
    const module = join(cacheDir, 'store.mjs');
    writeFileSync(module, result!.code);
    expect((await import(pathToFileURL(module).href)).default).toEqual(store);
    expect(buildDone).not.toThrow();
  });

  it('leaves every other module alone, and the store module when there is no store file', () => {
    const { cacheDir, load, buildDone } = setUp('build');
    expect(load!('\0astro:data-layer-content')).toBeUndefined();
    expect(buildDone).not.toThrow();
    writeFileSync(join(cacheDir, 'data-store.json'), '[]');
    expect(load!('/src/page.ts')).toBeUndefined();
  });

  it('fails the build when Astro’s store module never came by', () => {
    const { buildDone } = setUp('build');
    expect(buildDone).toThrow(/was not found in the build/);
  });

  it('does nothing in `astro dev`, and refuses a store split into chunks', () => {
    const { load, buildDone } = setUp('dev');
    expect(load).toBeUndefined();
    expect(buildDone).not.toThrow();
    expect(() => setUp('build', 'chunked')).toThrow(/split into chunks/);
  });
});
