import type { Plugin } from 'vite';

/** Vite's id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's module-preload helper with one line. Vite wraps every dynamic `import()` in a
 * helper that preloads the imported chunk's dependencies, even with `modulePreload` off
 * (vitejs/vite#18551), and the helper is a shared chunk that every page then loads: about 760
 * bytes brotli before any reader asks for search. Our on-intent chunks have no dependencies to
 * preload, so the helper only has to import; if a chunk ever gains some, the import fails loudly
 * in the browser rather than loading without them. Kept by hand because nothing upstream does this
 * yet; keyed on Vite's internal id, so the build stops if no chunk is that helper alone (renamed,
 * or merged into another chunk), rather than shipping the full helper again unnoticed.
 */
export function slimPreloadHelper(): Plugin {
  return {
    name: 'slim-preload-helper',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      let found = false;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.moduleIds.length !== 1 || chunk.moduleIds[0] !== PRELOAD_HELPER) continue;
        const [name, ...others] = chunk.exports;
        if (!name || others.length > 0)
          this.error(`the preload helper chunk exports ${chunk.exports.join(', ')}, not one function`);
        chunk.code =
          // Short, because every page with a script loads it: the message names this plugin to search for.
          'const preload=(load,deps)=>deps?.length?Promise.reject(Error("slim-preload-helper: deps to preload")):load();' +
          `export{preload as ${name}};\n`;
        found = true;
      }
      if (!found)
        this.error(`no chunk is Vite's preload helper (${JSON.stringify(PRELOAD_HELPER)}) alone; has Vite renamed it?`);
    },
  };
}
