// `npm run bench:search`: builds the site, serves it, and times a fixed list of queries in Chromium
// through Pagefind's own API, the engine behind the search dialog. A benchmark, not a test: it
// asserts nothing, and its figures vary from machine to machine.
//
// For each query it reports:
// - cold: a fresh browser profile, the reading page loaded, then the first search, which includes
//   fetching pagefind.js and the WebAssembly, starting them, and loading the top five results;
// - warm: the same query once Pagefind is running and the query's index chunks are cached
//   (median of five runs);
// - bytes: everything the cold search fetched, as this server sends it (no HTTP compression),
//   and as brotli 11 would send it, which is what a static host serves;
// - dialog: what a reader waits for and fetches when a shared link `/?q=…` opens the search
//   dialog: from the start of navigation to the first result shown, Component UI included.
// Usage: npm run bench:search [-- --no-build] [-- --out bench/search.json]
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { parseBenchArgs } from './bench/command-line.mjs';
import { median } from './bench/median.mjs';
import { brotliSize as brotliSizeOf, recordSearchFetches, timedSearch } from './bench/search-in-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

export const QUERIES = [
  'Kazakhstan',
  'BRICS',
  '16+1',
  '16 + 1',
  'Shanghai Cooperation Organisation',
  'United Nations',
  'Xi',
  'NATO',
  'Russia',
  'Кремль',
  'Singapore',
];
const TOP = 5;
const WARM_RUNS = 5;
const DIST = 'dist';

const USAGE = `npm run bench:search [-- --no-build] [-- --out bench/search.json]

Times ${QUERIES.length} queries in Chromium: cold, warm, bytes fetched, and the search dialog.
  --no-build  measure the dist/ already built
  --out FILE  also write the results as JSON to FILE`;
const values = parseBenchArgs(USAGE, { 'no-build': { type: 'boolean' }, out: { type: 'string' } });

if (!values['no-build']) {
  const { status } = spawnSync('astro', ['build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const server = await serveDist({ dir: DIST });
const { origin } = server;
const brotliSize = (path) => brotliSizeOf(join(DIST, path));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Opens `/?q=query` in a fresh profile; milliseconds from navigation start to the first result link. */
async function timedDialog(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = recordSearchFetches(page);
  await page.goto(`${origin}/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() =>
    /\bresults? for\b/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
  );
  const ms = await page.evaluate(async () => {
    const results = document.querySelectorAll('pagefind-results li').length;
    if (results > 0) {
      await new Promise((resolve) => {
        const check = () => (document.querySelector('a.pf-result-link') ? resolve() : requestAnimationFrame(check));
        check();
      });
    }
    return performance.now();
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, bytesBrotli: sum(fetched.map((file) => brotliSize(file.path))) };
}

const rows = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const fetched = recordSearchFetches(page);
    const cold = await timedSearch(page, query, TOP);
    await page.waitForLoadState('networkidle');
    const warm = [];
    for (let run = 0; run < WARM_RUNS; run++) warm.push((await timedSearch(page, query, TOP)).ms);
    rows.push({
      query,
      results: cold.results,
      coldMs: cold.ms,
      warmMs: median(warm),
      files: fetched.length,
      bytesServed: sum(fetched.map((file) => file.bytes)),
      bytesBrotli: sum(fetched.map((file) => brotliSize(file.path))),
      dialog: await timedDialog(query),
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nSearch benchmark, ${new Date().toISOString()}, Chromium ${browser.version()}, top ${TOP} results loaded\n`,
);
console.log(
  '| query | results | cold ms | warm ms | files | bytes served | brotli 11 | dialog ms | dialog brotli 11 |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.query} | ${row.results} | ${row.coldMs.toFixed(0)} | ${row.warmMs.toFixed(1)} | ${row.files} | ` +
      `${kb(row.bytesServed)} | ${kb(row.bytesBrotli)} | ${row.dialog.ms.toFixed(0)} | ${kb(row.dialog.bytesBrotli)} |`,
  );
}
console.log(
  `\nMedians: cold ${median(rows.map((row) => row.coldMs)).toFixed(0)} ms, warm ${median(rows.map((row) => row.warmMs)).toFixed(1)} ms, ` +
    `${kb(median(rows.map((row) => row.bytesBrotli)))} brotli per first search; through the dialog ` +
    `${median(rows.map((row) => row.dialog.ms)).toFixed(0)} ms and ${kb(median(rows.map((row) => row.dialog.bytesBrotli)))}.`,
);
if (values.out) writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);

function sum(numbers) {
  return numbers.reduce((total, n) => total + n, 0);
}
