// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { contentStoreFromFile } from './src/build/content-store-from-file.ts';
import { dropPreloadHelper } from './src/build/drop-preload-helper.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { pagePolicies } from './src/integrations/page-policies.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { newestCorrectionBySubject } from './src/corrections/newest-corrections.ts';
import { actorEntryHref, correctionHref, sitePathHref } from './src/site/urls.ts';
import remarkActorMentions from './src/glosses/remark-actor-mentions.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Deploy under a sub-path with BASE_PATH=/sub/; set SITE_URL for absolute canonical URLs. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

const guard = contentGuard({ root });

export default defineConfig({
  base,
  ...(site && { site }),
  trailingSlash: 'ignore',
  // The build's cache, the content store among it, belongs to this copy of the project. Astro's
  // default is inside node_modules, which the test and benchmark copies link to the project's own:
  // two builds of different content would write one store.
  cacheDir: './.astro/build-cache/',
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        // Pagefind's stylesheet draws its icons as data: SVG images, which cannot run script.
        "img-src 'self' data:",
        // Pagefind fetches its index and WebAssembly, and searches in a worker.
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly; it needs 'wasm-unsafe-eval' when it falls back from its worker to the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [dropPreloadHelper()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A component's script is named for its component (`InterviewScripts.B3x….js`), not
              // `InterviewScripts.astro_astro_type_script_index_0_lang.B3x….js`: every page names
              // its scripts, and a long reading page feels each byte of its budget.
              entryFileNames: (/** @type {{ name: string }} */ chunk) =>
                `_astro/${
                  chunk.name
                    .replace(/\.astro_astro_type_script_index_\d+_lang$/, '')
                    .replace(/[^a-zA-Z0-9-]+/g, '-')
                    .replace(/^-|-$/g, '') || 'script'
                }.[hash].js`,
            },
          },
        },
      },
    },
    build: {
      // Scripts are files, never inline: a file is cached from page to page, while an inline script
      // is sent again with every page and counts against the first round trip's 14 KB. Other assets
      // keep Vite's rule.
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // A sitemap needs absolute URLs, so only a build with a site has one. Pagefind runs last, on the finished `dist/`.
  integrations: [
    guard.integration,
    contentStoreFromFile(),
    mdx(),
    ...(site ? [sitemap()] : []),
    hostFiles(),
    pagePolicies(),
    pagefindIndex(),
  ],
  markdown: {
    processor: unified({
      gfm: false,
      // The interview's typography is already exact; SmartyPants must not "correct" it.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [
          remarkActorMentions,
          {
            root,
            // Read through the live model, so that `astro dev` compiles answers against the content as it is now.
            get registry() {
              return guard.model.registry;
            },
            get notes() {
              return guard.model.notes;
            },
            correctionOf: (/** @type {'gloss' | 'note'} */ subject, /** @type {string} */ id) => {
              const correction = newestCorrectionBySubject(guard.model.corrections).get(`${subject}:${id}`);
              return correction && correctionHref(base, correction);
            },
            actorHref: (/** @type {string} */ id) => actorEntryHref(base, id),
            siteHref: (/** @type {string} */ path) => sitePathHref(base, path),
          },
        ],
      ],
    }),
  },
});
