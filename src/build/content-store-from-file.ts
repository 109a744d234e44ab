import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's id for the module that holds the content store in a build (`astro/dist/content/consts.js`). */
const STORE_MODULE = '\0astro:data-layer-content';
/** Where Astro keeps the store between builds: `data-store.json` in the cache folder, when it is one file. */
const STORE_FILE = 'data-store.json';

/** The store module's code, reading the store file when the prerenderer first asks for a collection. */
export const storeModuleReading = (file: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

/**
 * In `astro build`, the prerenderer reads the content store from its file instead of from a copy
 * inlined in the bundle. Astro inlines it as `JSON.parse("…the whole store…")`. At a thousand
 * interviews that literal is 190 MB: the bundler holds it several times over, which was most of
 * the build's peak memory, and V8 parses a string literal in time that grows with the square of
 * its length (measured with Node 24: 0.4 s at 5 MB, 5.7 s at 20 MB, 320 s at 186 MB). Nothing
 * upstream avoids it: `experimental.collectionStorage: 'chunked'` still bundles every chunk, and
 * measured slower and heavier here. The site is static, so the bundle runs only in the build, on
 * the machine that wrote the file. Keyed on Astro's internal module id: if the module is never
 * seen, the build fails rather than silently inlining the store again.
 */
export function contentStoreFromFile(): AstroIntegration {
  let storeFile: string | undefined;
  let seen = false;
  const plugin: Plugin = {
    name: 'content-store-from-file',
    // Before Astro's own load of the module, which would read and copy the whole store first.
    load: {
      order: 'pre',
      handler(id) {
        // Without a store file Astro's load exports an empty Map, and there is nothing to read.
        if (id !== STORE_MODULE || !storeFile) return undefined;
        seen = true;
        if (!existsSync(storeFile)) return undefined;
        return { code: storeModuleReading(storeFile), map: { mappings: '' } };
      },
    },
  };
  return {
    name: 'content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        if (config.experimental.collectionStorage && config.experimental.collectionStorage !== 'single-file') {
          throw new Error(
            'content-store-from-file: the store is split into chunks; read them, or remove this integration',
          );
        }
        storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': () => {
        if (storeFile && !seen) {
          throw new Error(
            `content-store-from-file: Astro's ${JSON.stringify(STORE_MODULE)} module was not found in the build; the content store is inlined again (did Astro rename it?)`,
          );
        }
      },
    },
  };
}
