// `npm run bench:lighthouse`: Lighthouse, from its npm package, with the system Chromium, on the
// reading page, an answer page and an actor page, with the mobile and the desktop preset. Reports
// the four category scores and FCP, LCP, TBT and CLS. A benchmark, not a test: it asserts nothing.
// Usage: npm run bench:lighthouse [-- --no-build] [-- --out bench/lighthouse.json]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { parseBenchArgs } from './bench/command-line.mjs';
import { serveDist } from './serve-dist.mjs';
import { TEST_SITE_URL } from './test-builds.mjs';

const PAGES = [
  { page: 'reading page', path: '/' },
  { page: 'answer page', path: '/china-russia-relations/history/' },
  { page: 'actor page', path: '/actors/sco/' },
];
const PRESETS = ['mobile', 'desktop'];
const USAGE = `npm run bench:lighthouse [-- --no-build] [-- --out bench/lighthouse.json]

Lighthouse, mobile and desktop, on the ${PAGES.map((entry) => entry.page).join(', ')}.
  --no-build  measure the dist/ already built
  --out FILE  also write the results as JSON to FILE`;

const values = parseBenchArgs(USAGE, { 'no-build': { type: 'boolean' }, out: { type: 'string' } });
// Lighthouse takes seconds to load: only once the command line is known to be good.
const chromeLauncher = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');
const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
const CONFIGS = { mobile: undefined, desktop: desktopConfig };
if (!values['no-build']) {
  // Built as it is deployed: with a site, so canonical URLs are absolute, as search engines and
  // Lighthouse's SEO audit want them.
  const env = { ...process.env, SITE_URL: process.env['SITE_URL'] || TEST_SITE_URL };
  const { status } = spawnSync('astro', ['build'], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

const server = await serveDist({ dir: 'dist' });
const { origin } = server;
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows = [];
let lighthouseVersion;
let browser;
try {
  for (const { page, path } of PAGES) {
    for (const preset of PRESETS) {
      const result = await lighthouse(
        `${origin}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        CONFIGS[preset],
      );
      const { lhr } = result;
      lighthouseVersion = lhr.lighthouseVersion;
      browser = lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1];
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const row = {
        page,
        path,
        preset,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        // What kept a category from 100, so that a missed target says why.
        failing: Object.values(lhr.audits)
          .filter(
            (entry) =>
              entry.score !== null &&
              entry.score < 1 &&
              entry.scoreDisplayMode !== 'informative' &&
              entry.scoreDisplayMode !== 'manual',
          )
          .map((entry) => entry.id),
      };
      rows.push(row);
      console.log(
        `${page} (${preset}): ${Object.entries(row.scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; ` +
          `FCP ${row.fcpMs.toFixed(0)} ms, LCP ${row.lcpMs.toFixed(0)} ms, TBT ${row.tbtMs.toFixed(0)} ms, CLS ${row.cls.toFixed(3)}` +
          (row.failing.length ? `; below 1: ${row.failing.join(', ')}` : ''),
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const result = {
  date: new Date().toISOString(),
  lighthouseVersion,
  chromium: browser,
  rows,
};
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
