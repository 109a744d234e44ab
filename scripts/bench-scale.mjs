// `npm run bench:scale`: how the build and search grow with the site. For each N, it writes N
// synthetic interviews of ten answers (scripts/bench/synthetic-content.mjs) into a copy of the
// project, builds it, and reports build wall time, the build's peak memory, page count, the size
// of dist/ and of the Pagefind index, how many interviews have their reading page, the heaviest
// page's HTML and blocking CSS in brotli bytes, and, in Chromium, the bytes and milliseconds of a first
// search and of a later one. The real actors join the synthetic ones. A benchmark, not a test: it
// asserts nothing.
// Usage: npm run bench:scale [-- --sizes 1,10,100,1000] [-- --out bench/scale.json]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject, PROJECT_FILES } from '../tests/bad-content/build-in-isolation.ts';
import { firstRenderBytes, weighPage } from '../tests/build/budget/page-weight.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { parseBenchArgs } from './bench/command-line.mjs';
import { fetchCost, recordSearchFetches, timedSearch } from './bench/search-in-chromium.mjs';
import { syntheticActors, writeSyntheticContent } from './bench/synthetic-content.mjs';
import { serveDist } from './serve-dist.mjs';

const USAGE = `npm run bench:scale [-- --sizes 1,10,100,1000] [-- --out bench/scale.json]

Builds N synthetic interviews for each size, and measures the build and a search in Chromium.
  --sizes LIST  the numbers of interviews, comma-separated (default 1,10,100,1000)
  --out FILE    also write the results as JSON to FILE`;
const values = parseBenchArgs(USAGE, { sizes: { type: 'string', default: '1,10,100,1000' }, out: { type: 'string' } });
const SIZES = values.sizes.split(',').map(Number);
const ROOT = process.cwd();
const ACTORS = syntheticActors(400);
// A name drawn often (the first actor of the Zipf draw) and one drawn rarely.
const FIRST_QUERY = ACTORS[0].name;
const LATER_QUERY = ACTORS[250].name;

/** Runs `astro build` in `cwd` under GNU time; returns wall seconds and the largest process's peak memory. */
function timedBuild(cwd) {
  return new Promise((done, fail) => {
    const env = { ...process.env, BASE_PATH: '', SITE_URL: '', NO_COLOR: '1' };
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', join(ROOT, 'node_modules/.bin/astro'), 'build'], {
      cwd,
      env,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const match = /TIME ([\d.]+) (\d+)/.exec(output);
      if (status !== 0 || !match) return fail(new Error(`the build failed (${status}):\n${output.slice(-3000)}`));
      done({ buildSeconds: Number(match[1]), peakMemoryMB: Number(match[2]) / 1024 });
    });
  });
}

const sizeOf = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
    : statSync(path).size;
const htmlPages = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

/** How many of the interviews written have their reading page, `/<interview>/`. */
const countReadingPages = (content, dist) =>
  readdirSync(join(content, 'interviews')).filter((id) => existsSync(join(dist, id, 'index.html'))).length;

/**
 * The heaviest page a reader can reach: its HTML plus render-blocking CSS, in brotli-11 bytes, as
 * the byte-budget test weighs it. Brotli at 11 is slow, so only the largest pages by raw size are
 * weighed: the heaviest compressed page is among them.
 */
const WEIGHED = 200;
function heaviestPage(dist) {
  const largest = htmlPages(dist)
    .map((path) => ({ path, bytes: statSync(join(dist, path)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, WEIGHED);
  return largest
    .map(({ path }) => ({ path, brotli: firstRenderBytes(weighPage(dist, '/', path)) }))
    .reduce((heaviest, page) => (page.brotli > heaviest.brotli ? page : heaviest));
}

async function measureSearch(browser, dist) {
  const server = await serveDist({ dir: dist });
  try {
    const { origin } = server;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const fetched = recordSearchFetches(page);
    const first = await timedSearch(page, FIRST_QUERY);
    await page.waitForLoadState('networkidle');
    const firstCost = fetchCost(dist, fetched.splice(0));
    const later = await timedSearch(page, LATER_QUERY);
    await page.waitForLoadState('networkidle');
    const laterCost = fetchCost(dist, fetched.splice(0));
    await context.close();
    return {
      firstSearch: { query: FIRST_QUERY, ms: first.ms, results: first.results, ...firstCost },
      laterSearch: { query: LATER_QUERY, ms: later.ms, results: later.results, ...laterCost },
    };
  } finally {
    await server.close();
  }
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const interviews of SIZES) {
    const project = mkdtempSync(join(tmpdir(), `bench-scale-${interviews}-`));
    try {
      // The project without its content, which the synthetic content replaces.
      copyProject(
        ROOT,
        project,
        PROJECT_FILES.filter((file) => file !== 'content'),
      );
      // The real actors too: the memberships page names the organisations the first edition does.
      cpSync(join(ROOT, 'content/actors'), join(project, 'content/actors'), { recursive: true });
      const answers = writeSyntheticContent(join(project, 'content'), { interviews, actorCount: ACTORS.length });
      console.log(`N = ${interviews}: ${answers} answers written; building…`);
      const build = await timedBuild(project);
      const dist = resolve(project, 'dist');
      const heaviest = heaviestPage(dist);
      const row = {
        interviews,
        answers,
        ...build,
        pages: htmlPages(dist).length,
        readingPages: countReadingPages(join(project, 'content'), dist),
        heaviestPageBrotli: heaviest.brotli,
        heaviestPage: heaviest.path,
        distBytes: sizeOf(dist),
        pagefindBytes: sizeOf(join(dist, 'pagefind')),
        ...(await measureSearch(browser, dist)),
      };
      rows.push(row);
      console.log(
        `N = ${interviews}: ${row.buildSeconds.toFixed(1)} s, ${row.peakMemoryMB.toFixed(0)} MB, ${row.pages} pages, ` +
          `${row.readingPages} reading pages, heaviest ${row.heaviestPageBrotli} B brotli (${row.heaviestPage}), ` +
          `dist ${(row.distBytes / 1e6).toFixed(1)} MB, index ${(row.pagefindBytes / 1e6).toFixed(1)} MB, ` +
          `first search ${row.firstSearch.ms.toFixed(0)} ms ${(row.firstSearch.bytesBrotli / 1024).toFixed(0)} KB, ` +
          `later ${row.laterSearch.ms.toFixed(0)} ms ${(row.laterSearch.bytesBrotli / 1024).toFixed(0)} KB`,
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

const result = { date: new Date().toISOString(), chromium: browser.version(), rows };
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
else console.log(JSON.stringify(result, null, 2));
