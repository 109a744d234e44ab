// `npm run bench:peer -- --peer DIR`: this edition beside its peer, the same interview built with
// Starlight (see README, "Benchmarks"), measured in one run on one machine, both served by the same
// caching server (serve-dist.mjs), in Chromium at 4× CPU throttle. Absolute times on a shared
// machine are not stable; the ratio of the two, taken in one run, is what to read. A benchmark, not
// a test: it asserts nothing.
//
// For each site, over several fresh profiles (median):
// - mainThread: the longest main-thread task before the first contentful paint, from a Chromium
//   trace, on the interview's reading page, and when that paint came;
// - search: from the search shortcut (Ctrl+K) to the first result shown, the search code, its
//   index and the query typed at once included.
// Usage: npm run bench:peer -- --peer DIR [--runs 9] [--no-build] [--out bench/peer.json]
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { parseBenchArgs } from './bench/command-line.mjs';
import { median } from './bench/median.mjs';
import { longestTaskBeforePaint } from './bench/trace-tasks.mjs';
import { serveDist } from './serve-dist.mjs';

const USAGE = `npm run bench:peer -- --peer DIR [--runs 9] [--no-build] [--out bench/peer.json]

Measures this edition beside its Starlight peer at 4x CPU throttle: the longest main-thread task
before the first paint of the reading page, and search from the shortcut to the first result.
  --peer DIR   the peer's built site (its dist/ folder)
  --runs N     fresh profiles per site and measure, taken in turn (default 9)
  --no-build   measure the dist/ already built
  --out FILE   also write the results as JSON to FILE`;
const values = parseBenchArgs(USAGE, {
  peer: { type: 'string' },
  runs: { type: 'string', default: '9' },
  'no-build': { type: 'boolean' },
  out: { type: 'string' },
});
if (!values.peer || !existsSync(join(values.peer, 'index.html'))) {
  console.error(`--peer must name the peer's built site, a folder with index.html\n\n${USAGE}`);
  process.exit(2);
}
const RUNS = Number(values.runs);
const THROTTLE = 4;
const QUERY = 'Kazakhstan';

if (!values['no-build']) {
  const { status } = spawnSync('astro', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: '', SITE_URL: '' },
  });
  if (status !== 0) process.exit(status ?? 1);
}

/** The sites compared: where each is built, its reading page, and how its search shows a result. */
const SITES = [
  { name: 'this edition', dir: 'dist', reading: '/china-russia-relations/', result: 'a.pf-result-link' },
  { name: 'Starlight peer', dir: resolve(values.peer), reading: '/', result: 'a.pagefind-ui__result-link' },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** A fresh profile's page, its CPU slowed as on a mid-range phone. */
async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { page, close: () => context.close() };
}

async function mainThread(origin, site) {
  const { page, close } = await throttledPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'],
  });
  await page.goto(`${origin}${site.reading}`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await close();
  return longestTaskBeforePaint(trace.traceEvents);
}

async function search(origin, site) {
  const { page, close } = await throttledPage();
  await page.goto(`${origin}${site.reading}`, { waitUntil: 'networkidle' });
  // The time the first result shows, as the page sees it.
  await page.evaluate((selector) => {
    const state = window;
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(selector)) return;
      state.__firstResult = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  }, site.result);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+k');
  await page.keyboard.type(QUERY);
  await page.waitForFunction(() => typeof window.__firstResult === 'number', undefined, { timeout: 60_000 });
  const ms = (await page.evaluate(() => window.__firstResult)) - start;
  await close();
  return ms;
}

/**
 * Asks the server once for every file of the site, as a CDN is asked by earlier visitors: each
 * compressed answer is then kept, and no measured request waits for a compression.
 */
async function warm(origin, dir) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) =>
    statSync(join(dir, path)).isFile(),
  );
  for (const file of files)
    await fetch(`${origin}/${file.split('\\').join('/')}`, { headers: { 'accept-encoding': 'br' } }).then((response) =>
      response.arrayBuffer(),
    );
}

// Both sites are served at once and measured in turn, run by run, so that whatever else the machine
// does in the meantime weighs on both alike.
const servers = [];
const measured = SITES.map(() => ({ paints: [], searches: [] }));
try {
  for (const site of SITES) {
    const server = await serveDist({ dir: site.dir });
    servers.push(server);
    await warm(server.origin, site.dir);
  }
  for (let run = 0; run < RUNS; run += 1)
    for (const [index, site] of SITES.entries()) {
      measured[index].paints.push(await mainThread(servers[index].origin, site));
      measured[index].searches.push(await search(servers[index].origin, site));
    }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
const rows = SITES.map((site, index) => {
  const { paints, searches } = measured[index];
  return {
    site: site.name,
    longestTaskBeforePaintMs: median(paints.map(({ longestTaskMs }) => longestTaskMs)),
    firstContentfulPaintMs: median(paints.map(({ firstContentfulPaintMs }) => firstContentfulPaintMs)),
    searchToFirstResultMs: median(searches),
    runs: { paints, searches },
  };
});

const [ours, peer] = rows;
console.log(
  `\nBeside the peer, ${new Date().toISOString()}, Chromium ${browser.version()}, ${THROTTLE}× CPU throttle, median of ${RUNS}\n`,
);
console.log('| site | longest task before first paint | first contentful paint | search: shortcut to first result |');
console.log('|---|---:|---:|---:|');
for (const row of rows)
  console.log(
    `| ${row.site} | ${row.longestTaskBeforePaintMs.toFixed(0)} ms | ${row.firstContentfulPaintMs.toFixed(0)} ms | ${row.searchToFirstResultMs.toFixed(0)} ms |`,
  );
console.log(
  `\nRatios, ours to the peer's: longest task ${(ours.longestTaskBeforePaintMs / peer.longestTaskBeforePaintMs).toFixed(2)}×, ` +
    `search ${(ours.searchToFirstResultMs / peer.searchToFirstResultMs).toFixed(2)}×.`,
);
if (values.out)
  writeFileSync(
    values.out,
    `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), throttle: THROTTLE, query: QUERY, rows }, null, 2)}\n`,
  );
