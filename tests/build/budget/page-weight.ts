import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Bytes as a static host serves them: brotli at its best quality, 11. */
export const brotliSize = (content: string | Buffer): number =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Stylesheet links that block the first render: all but those for print, which a screen never
 * waits for. Any other media query counts as blocking, which may overcount but never under.
 */
export function renderBlockingStylesheets(document: Document): string[] {
  return [...document.querySelectorAll('link[rel~="stylesheet"][href]:not([disabled])')]
    .filter((link) => (link.getAttribute('media') ?? '').trim().toLowerCase() !== 'print')
    .map((link) => link.getAttribute('href')!);
}

/** Script files the browser fetches as the page loads: every `<script src>` and module preload. */
export function scriptFilesOnLoad(document: Document): string[] {
  const scripts = [...document.querySelectorAll('script[src]')]
    .filter((script) => /^(|module|text\/javascript)$/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.getAttribute('src')!);
  const preloads = [...document.querySelectorAll('link[rel="modulepreload"][href]')].map((link) =>
    link.getAttribute('href')!,
  );
  return [...new Set([...scripts, ...preloads])];
}

/** The text of every inline script the browser runs as the page loads. */
export const inlineScripts = (document: Document): string[] =>
  [...document.querySelectorAll('script:not([src])')]
    .filter((script) => /^(|module|text\/javascript)$/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '');

/**
 * The modules a module imports statically, which load with it; `import()` loads on demand and is
 * left out. Written for bundler output: `import{a as b}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`.
 */
export function staticImports(source: string): string[] {
  const pattern = /(?:^|[;}\s])(?:import|export)(?!\s*\()\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

/** An asset's path in the build folder, from its URL on a page at `pagePath` (a path in the build). */
export function assetFile(dist: string, base: string, pagePath: string, href: string): string {
  const url = new URL(href, `https://site.invalid/${pagePath}`);
  if (url.origin !== 'https://site.invalid') throw new Error(`${href} is on another host`);
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.slice(1);
  return join(dist, decodeURIComponent(path));
}

export interface Asset {
  /** The asset's path in the build folder. */
  file: string;
  /** Its size as a host sends it, brotli 11. */
  bytes: number;
}

export interface PageWeight {
  page: string;
  /** The HTML document, brotli 11. */
  html: number;
  /** Stylesheets that block the first render. */
  blockingCss: Asset[];
  /** Script files fetched on load, with every module they import statically. */
  scriptFiles: Asset[];
  /** Inline scripts run on load, brotli 11 each (they also count in `html`). */
  inlineScript: number;
}

/** Weighs a built page: what it costs before first render, and the script it runs on load. */
export function weighPage(dist: string, base: string, pagePath: string): PageWeight {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const { document } = parseHTML(html);
  const asset = (file: string): Asset => {
    if (!existsSync(file)) throw new Error(`${pagePath} asks for ${file}, which the build does not have`);
    return { file, bytes: brotliSize(readFileSync(file)) };
  };
  const href = (ref: string) => assetFile(dist, base, pagePath, ref);

  const scriptFiles = new Map<string, Asset>();
  const follow = (file: string) => {
    if (scriptFiles.has(file)) return;
    scriptFiles.set(file, asset(file));
    for (const specifier of staticImports(readFileSync(file, 'utf8')))
      follow(join(dirname(file), posix.normalize(specifier)));
  };
  for (const src of scriptFilesOnLoad(document)) follow(href(src));

  return {
    page: pagePath,
    html: brotliSize(html),
    blockingCss: renderBlockingStylesheets(document).map((ref) => asset(href(ref))),
    scriptFiles: [...scriptFiles.values()],
    inlineScript: inlineScripts(document).reduce((sum, script) => sum + (script.trim() ? brotliSize(script) : 0), 0),
  };
}

const sum = (assets: Asset[]) => assets.reduce((total, { bytes }) => total + bytes, 0);
/** What a page costs before its first render: its HTML and its render-blocking CSS. */
export const firstRenderBytes = (weight: PageWeight) => weight.html + sum(weight.blockingCss);
/** The JavaScript a page runs on load: script files, what they import, and inline scripts. */
export const scriptOnLoadBytes = (weight: PageWeight) => sum(weight.scriptFiles) + weight.inlineScript;
