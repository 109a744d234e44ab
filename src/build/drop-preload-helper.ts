import { Visitor, type ESTree, type Plugin, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Vite's id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** What Vite passes a call of the helper until it knows the chunk's dependencies. */
const PRELOAD_MARKER = '__VITE_PRELOAD__';

/** Where one piece of a chunk's code is to be replaced. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(code: string, edits: Edit[]): string {
  return edits
    .toSorted((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
}

/**
 * What `import { t as __vitePreload } from "./preload-helper.js";` and each
 * `__vitePreload(() => import("./x.js"), __VITE_PRELOAD__)` become, in a chunk as Vite renders it,
 * before minifying (so the helper's name is Vite's own, which nothing shadows): the import goes,
 * and each call becomes the import it wraps. Throws on a call that is not the shape Vite writes.
 */
export function unwrapPreloads(code: string, program: ESTree.Program, helperFile: string): string {
  let declaration: ESTree.ImportDeclaration | undefined;
  const calls: ESTree.CallExpression[] = [];
  new Visitor({
    ImportDeclaration(node) {
      if (node.source.value.split('/').pop() === helperFile) declaration = node;
    },
    CallExpression(node) {
      calls.push(node);
    },
  }).visit(program);
  if (!declaration) return code;
  const [specifier, ...others] = declaration.specifiers;
  if (!specifier || others.length > 0)
    throw new Error(`it imports the preload helper as ${code.slice(declaration.start, declaration.end)}`);
  const local = specifier.local.name;
  const edits: Edit[] = [{ start: declaration.start, end: declaration.end, text: '' }];
  for (const call of calls) {
    if (call.callee.type !== 'Identifier' || call.callee.name !== local) continue;
    const [load, marker, ...rest] = call.arguments;
    if (
      load?.type !== 'ArrowFunctionExpression' ||
      load.params.length > 0 ||
      marker?.type !== 'Identifier' ||
      marker.name !== PRELOAD_MARKER ||
      rest.length > 0
    )
      throw new Error(`a call of the preload helper is not the shape Vite writes: ${code.slice(call.start, call.end)}`);
    edits.push({
      start: call.start,
      end: call.end,
      text: load.expression ? code.slice(load.body.start, load.body.end) : `(${code.slice(load.start, load.end)})()`,
    });
  }
  return applyEdits(code, edits);
}

/** The chunks a chunk imports dynamically that Vite would preload something for, and what. */
function chunksWithDependencies(chunk: OutputChunk, bundle: OutputBundle): string[] {
  return chunk.dynamicImports.flatMap((file) => {
    const imported = bundle[file];
    if (imported?.type !== 'chunk') return [];
    const dependencies = [...imported.imports, ...(imported.viteMetadata?.importedCss ?? [])];
    return dependencies.length > 0 ? [`${file} (${dependencies.join(', ')})`] : [];
  });
}

/**
 * Takes Vite's module-preload helper out of the client's chunks. Vite wraps every dynamic
 * `import()` in a helper that preloads the imported chunk's dependencies, even with `modulePreload`
 * off (vitejs/vite#18551), and the helper is a shared chunk that every page then loads: about 760
 * bytes brotli before any reader asks for search, and still about 150 cut to one line, with the
 * wrappers. Our on-intent chunks have no dependencies to preload, so each call is unwrapped to the
 * import it wraps. Kept by hand because nothing upstream does this yet. It is keyed on Vite's
 * internal id and on the shape of its calls, so the build stops, naming the chunk, if no chunk is
 * the helper alone (renamed, or merged into another chunk), if a call is not the shape expected,
 * or if a chunk imported on intent has dependencies that would have been preloaded: its styles
 * would otherwise go missing without a word.
 */
export function dropPreloadHelper(): Plugin {
  return {
    name: 'drop-preload-helper',
    applyToEnvironment: (environment) => environment.name === 'client',
    renderChunk(code, chunk, _options, { chunks }) {
      const helper = Object.values(chunks).find(isPreloadHelper);
      if (!helper || !chunk.imports.includes(helper.fileName)) return null;
      try {
        return { code: unwrapPreloads(code, this.parse(code), helper.fileName.split('/').pop()!), map: null };
      } catch (error) {
        return this.error(`${chunk.fileName}: ${(error as Error).message}`);
      }
    },
    generateBundle(_options, bundle) {
      const helper = Object.values(bundle).find(
        (chunk): chunk is OutputChunk => chunk.type === 'chunk' && isPreloadHelper(chunk),
      );
      if (!helper)
        return this.error(
          `no chunk is Vite's preload helper (${JSON.stringify(PRELOAD_HELPER)}) alone; has Vite renamed it?`,
        );
      delete bundle[helper.fileName];
      const chunks = Object.values(bundle).filter((chunk): chunk is OutputChunk => chunk.type === 'chunk');
      for (const chunk of chunks) chunk.imports = chunk.imports.filter((file) => file !== helper.fileName);
      for (const chunk of chunks) {
        const preloaded = chunksWithDependencies(chunk, bundle);
        if (preloaded.length > 0)
          return this.error(`${chunk.fileName} imports on intent ${preloaded.join('; ')}, which Vite would preload`);
      }
    },
  };
}

function isPreloadHelper(chunk: { moduleIds: readonly string[] }): boolean {
  return chunk.moduleIds.length === 1 && chunk.moduleIds[0] === PRELOAD_HELPER;
}
