// Writes bench/RESULTS.md, and the chart bench/scale.svg, from the JSON the benchmarks wrote:
// bench/lighthouse.json, bench/search.json, bench/scale.json and, if `npm run bench:peer` wrote it,
// bench/peer.json. `npm run bench` runs the first three, then this.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { parseBenchArgs } from './bench/command-line.mjs';
import { median } from './bench/median.mjs';
import { scaleChartSvg } from './bench/scale-chart.mjs';

parseBenchArgs(
  'npm run bench:report\n\nWrites bench/RESULTS.md and bench/scale.svg from bench/lighthouse.json, bench/search.json, bench/scale.json and bench/peer.json.',
);

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const lighthouse = read('bench/lighthouse.json');
const search = read('bench/search.json');
const scale = read('bench/scale.json');
const peer = read('bench/peer.json');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const lines = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (`scripts/bench-report.mjs`); do not edit by hand. Benchmarks, not tests:',
  'their figures vary from machine to machine and from run to run.',
  '',
  `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}`,
  `- Written: ${new Date().toISOString()}`,
  '- Command: `npm run bench` (each part alone: `npm run bench:lighthouse`, `npm run bench:search`, `npm run bench:scale`; beside the peer: `npm run bench:peer -- --peer DIR --out bench/peer.json`)',
  '',
];

if (lighthouse) {
  lines.push(
    '## Lighthouse',
    '',
    `Lighthouse ${lighthouse.lighthouseVersion}, Chromium ${lighthouse.chromium}, ${lighthouse.date}, the built site served locally.`,
    '',
    '| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lighthouse.rows.map(
      (row) =>
        `| ${row.page} | ${row.preset} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} | ` +
        `${row.fcpMs.toFixed(0)} ms | ${row.lcpMs.toFixed(0)} ms | ${row.tbtMs.toFixed(0)} ms | ${row.cls.toFixed(3)} |`,
    ),
    '',
  );
}

if (peer) {
  const [ours, theirs] = peer.rows;
  const ratio = (key) => (ours[key] / theirs[key]).toFixed(2);
  lines.push(
    '## Beside the Starlight peer (main thread and search)',
    '',
    `${peer.date}, Chromium ${peer.chromium}, ${peer.throttle}× CPU throttle, median of ${ours.runs.searches.length} fresh profiles a site, measured in turn. ` +
      'Both sites served by the same caching test server. Search: from Ctrl+K to the first result shown, ' +
      `“${peer.query}” typed at once.`,
    '',
    '| site | longest main-thread task before first paint | first contentful paint | search: shortcut to first result |',
    '|---|---:|---:|---:|',
    ...peer.rows.map(
      (row) =>
        `| ${row.site} | ${row.longestTaskBeforePaintMs.toFixed(0)} ms | ${row.firstContentfulPaintMs.toFixed(0)} ms | ${row.searchToFirstResultMs.toFixed(0)} ms |`,
    ),
    '',
    `Ours to the peer's: longest task ${ratio('longestTaskBeforePaintMs')}×, first paint ${ratio('firstContentfulPaintMs')}×, search ${ratio('searchToFirstResultMs')}×.`,
    '',
  );
}

if (search) {
  lines.push(
    '## Search cost (this edition)',
    '',
    `${search.date}; a fresh profile for each query; the top 5 results loaded. Bytes as brotli 11 would send them.`,
    '',
    '| query | results | cold ms | warm ms | brotli 11 |',
    '|---|---:|---:|---:|---:|',
    ...search.rows.map(
      (row) =>
        `| ${row.query} | ${row.results} | ${row.coldMs.toFixed(0)} | ${row.warmMs.toFixed(1)} | ${kb(row.bytesBrotli)} |`,
    ),
    '',
    `Medians: cold ${median(search.rows.map((row) => row.coldMs)).toFixed(0)} ms, warm ${median(search.rows.map((row) => row.warmMs)).toFixed(1)} ms, ${kb(median(search.rows.map((row) => row.bytesBrotli)))} per first search.`,
    '',
  );
}

if (scale) {
  writeFileSync('bench/scale.svg', scaleChartSvg(scale.rows));
  const rows = [...scale.rows].sort((a, b) => a.interviews - b.interviews);
  const at = (n) => rows.find((row) => row.interviews === n);
  const growth = at(100) && at(1000) ? (at(1000).buildSeconds / at(100).buildSeconds).toFixed(1) : undefined;
  lines.push(
    '## Scale: 1 to 1,000 interviews of ten answers',
    '',
    `${scale.date}, Chromium ${scale.chromium}. Synthetic content (scripts/bench/synthetic-content.mjs): answers of the real`,
    'length, about fifteen marked mentions each, drawn from 400 synthetic actors. Peak memory is the largest',
    'process of the build (Node; Pagefind indexes in a process of its own). The heaviest page is the largest',
    'HTML plus render-blocking CSS of any page, brotli 11 (the 200 largest pages by raw size are weighed). Search bytes are the search',
    'bundle fetched, as brotli 11 would send it; times are through Pagefind’s API, top 5 results loaded.',
    '',
    '![Build time and first-search bytes against N](scale.svg)',
    '',
    '| interviews | answers | pages | reading pages | heaviest page | build | peak memory | dist/ | index | first search | later search |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.interviews} | ${row.answers} | ${row.pages} | ${row.readingPages ?? '–'} | ` +
        `${row.heaviestPageBrotli === undefined ? '–' : `${row.heaviestPageBrotli.toLocaleString('en')} B (${row.heaviestPage})`} | ` +
        `${row.buildSeconds.toFixed(1)} s | ${row.peakMemoryMB.toFixed(0)} MB | ` +
        `${(row.distBytes / 1e6).toFixed(1)} MB | ${(row.pagefindBytes / 1e6).toFixed(1)} MB | ` +
        `${row.firstSearch.ms.toFixed(0)} ms, ${kb(row.firstSearch.bytesBrotli)} | ${row.laterSearch.ms.toFixed(0)} ms, ${kb(row.laterSearch.bytesBrotli)} |`,
    ),
    '',
    growth
      ? `From 100 to 1,000 interviews (10×) the build took ${growth}× as long: ${Number(growth) <= 10 ? 'no worse than linear' : 'worse than linear'}.`
      : 'Run with N = 100 and 1,000 to compare growth.',
    '',
  );
}

writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
console.log('bench/RESULTS.md written');
