/**
 * Fetches, all at once, what search asks for one file after another once `pagefind.js` is imported
 * (search-engine.ts): Pagefind's worker; named in its entry file, the WebAssembly and the index
 * metadata of the page's language; and the Component UI, asked for once the engine has started.
 * Called when the reader shows intent to search, never before; the browser's cache then answers
 * the later requests (the host lets it keep them for five minutes: public/_headers). A fetch that
 * fails costs nothing: Pagefind fetches again and reports.
 */
export function prefetchSearch(bundle: string) {
  // Read to the end, so that the cache holds the whole of each file.
  const warm = (file: string) =>
    fetch(`${bundle}${file}`, { priority: 'high' }).then((response) => response.arrayBuffer());
  for (const file of ['pagefind-worker.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css']) {
    void warm(file).catch(() => undefined);
  }
  // The WebAssembly is named for the page's language, so it need not wait for the entry file.
  const lang = document.documentElement.lang;
  if (lang) void warm(`wasm.${lang}.pagefind`).catch(() => undefined);
  void warm('pagefind-entry.json')
    .then((body) => JSON.parse(new TextDecoder().decode(body)) as PagefindEntry)
    .then(({ languages }) => {
      const language = languages[document.documentElement.lang] ?? Object.values(languages)[0];
      if (!language) return;
      if (language.wasm !== lang) void warm(`wasm.${language.wasm}.pagefind`).catch(() => undefined);
      void warm(`pagefind.${language.hash}.pf_meta`).catch(() => undefined);
    })
    .catch(() => undefined);
}

/** The part of Pagefind's `pagefind-entry.json` that names its files. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string }>;
}
