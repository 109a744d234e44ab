// `npm test`: every check in order (types, lint, unit, bad-content corpus, dev loop, build, build under /sub/, build tests,
// browser tests), stopping at the first stage that fails and saying which, and listing the tests that failed
// with their files. It ends with one line, "Total: N passed, N failed", that sums the test runners' own counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fromPlaywright, fromVitest } from './test-counts.mjs';
import { SUB_BASE, SUB_DIST, TEST_BUILDS, TEST_CONTENT, TEST_SITE_URL } from './test-builds.mjs';

const RESULTS = 'test-results';
const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${name}.json`];
const STAGES = [
  { name: 'types (astro check)', command: ['astro', 'check'] },
  { name: 'lint (eslint, prettier)', command: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'unit tests',
    command: ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')],
    count: () => fromVitest(`${RESULTS}/unit.json`),
  },
  {
    // Each case builds a copy of the project with one content mistake; each must stop with file:line and a hint.
    name: 'bad-content corpus',
    command: ['vitest', 'run', '--project', 'corpus', ...vitestJson('corpus')],
    count: () => fromVitest(`${RESULTS}/corpus.json`),
  },
  {
    // `astro dev` on a copy of the project: every content edit shows on every page, broken content on every page.
    name: 'dev loop',
    command: ['vitest', 'run', '--project', 'dev', ...vitestJson('dev')],
    count: () => fromVitest(`${RESULTS}/dev.json`),
  },
  {
    // content/ and a made-up second interview (tests/fixtures/edition/), so every check runs over two.
    name: `the tested edition, into ${TEST_CONTENT}/`,
    command: ['node', 'scripts/test-builds.mjs'],
  },
  {
    name: `build (site ${TEST_SITE_URL})`,
    command: ['astro', ...TEST_BUILDS[0].args],
    env: TEST_BUILDS[0].env,
  },
  {
    // The browser tests serve this second build under /sub/, as a host would serve a site deployed there.
    name: `build under a base path, without a site (${SUB_BASE}, into ${SUB_DIST}/)`,
    command: ['astro', ...TEST_BUILDS[1].args],
    env: TEST_BUILDS[1].env,
  },
  {
    name: 'build tests',
    command: ['vitest', 'run', '--project', 'build', ...vitestJson('build')],
    count: () => fromVitest(`${RESULTS}/build.json`),
  },
  { name: 'browser tests', command: ['playwright', 'test'], count: () => fromPlaywright(`${RESULTS}/browser.json`) },
];

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const total = { passed: 0, failed: 0 };
const failures = [];
let failedStage;

/** The stage's own pass and fail counts, or undefined where it has none or they could not be read. */
function countsOf(stage) {
  try {
    return stage.count?.();
  } catch {
    return undefined;
  }
}

for (const stage of STAGES) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}\n`);
  const started = Date.now();
  const { status, signal, error } = spawnSync(stage.command[0], stage.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  // A command that could not start (not installed) or was killed has no exit status.
  const outcome = error
    ? `could not run: ${error.message}`
    : signal
      ? `killed by ${signal}`
      : status === 0
        ? 'done'
        : `exit ${status}`;
  console.log(`\n◀ ${stage.name}: ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const counts = countsOf(stage);
  failures.push(...(counts?.failures ?? []));
  total.passed += counts?.passed ?? 0;
  total.failed += counts?.failed ?? 0;
  const ranNothing = stage.count && !counts?.passed && !counts?.failed;
  if (status !== 0 || (counts?.failed ?? 0) > 0 || ranNothing) {
    // A stage that fails without failing a test of its own (a type error, a broken build, no tests run) counts once.
    if (!counts?.failed) total.failed += 1;
    failedStage = stage.name;
    break;
  }
}

console.log(
  failedStage
    ? `\n✗ npm test stopped: ${failedStage} failed.`
    : '\n✓ Every stage passed: types, lint, unit, corpus, dev loop, both builds, build tests and browser tests.',
);
if (failures.length > 0)
  console.log(`\nFailed (${failures.length}):\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`);
console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
process.exit(failedStage ? 1 : 0);
