// `npm test`: every check in order (types, unit, build, build tests, browser tests), stopping at
// the first stage that fails and saying which. It ends with one line, "Total: N passed, N failed",
// that sums the test runners' own counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${name}.json`];
const fromVitest = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numPendingTests + report.numTodoTests };
};
const fromPlaywright = (file) => {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped };
};

const STAGES = [
  { name: 'types (astro check)', command: ['astro', 'check'] },
  { name: 'unit tests', command: ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')], count: () => fromVitest(`${RESULTS}/unit.json`) },
  { name: 'build', command: ['astro', 'build'] },
  { name: 'build tests', command: ['vitest', 'run', '--project', 'build', ...vitestJson('build')], count: () => fromVitest(`${RESULTS}/build.json`) },
  { name: 'browser tests', command: ['playwright', 'test'], count: () => fromPlaywright(`${RESULTS}/browser.json`) },
];

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const total = { passed: 0, failed: 0 };
let failedStage;

for (const stage of STAGES) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}\n`);
  const { status } = spawnSync(stage.command[0], stage.command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
  let counts;
  try {
    counts = stage.count?.();
  } catch {
    counts = undefined;
  }
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
  } else if (stage.count) {
    total.failed += 1;
  }
  if (status !== 0 || (counts && counts.failed > 0)) {
    failedStage = stage.name;
    if (!counts) total.failed += stage.count ? 0 : 1;
    break;
  }
}

console.log(failedStage ? `\n✗ npm test stopped: ${failedStage} failed.` : '\n✓ Every stage passed: types, unit, build, build tests and browser tests.');
console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
process.exit(failedStage ? 1 : 0);
