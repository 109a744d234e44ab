// What `npm test` reads of the test runners' JSON reports: how many passed and failed, and which
// failed, where and why.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Passed and failed counts, and the failed tests with their files, from a Vitest JSON report. */
export const fromVitest = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failures = report.testResults.flatMap((result) =>
    result.assertionResults
      .filter((test) => test.status !== 'passed')
      .map(
        (test) =>
          `${relative(process.cwd(), result.name)}${test.location ? `:${test.location.line}` : ''} › ${test.fullName} (${test.status})`,
      ),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numPendingTests + report.numTodoTests,
    failures,
  };
};
/** Every spec in a Playwright JSON report, however deeply its suites nest. */
const specsOf = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
/**
 * Why a test did not pass. A test that never ran was skipped, here only ever because a project it
 * depends on failed first (none is skipped on purpose), and it says so.
 */
const playwrightReason = (test, projects) => {
  if (test.status !== 'skipped') return test.status;
  const dependencies = projects.find((project) => project.name === test.projectName)?.metadata?.dependencies ?? [];
  return dependencies.length > 0
    ? `not run: project '${test.projectName}' runs only after ${dependencies.map((name) => `'${name}'`).join(', ')} passes, and it failed`
    : 'skipped';
};
/** Passed and failed counts, and the failed tests with their files and why, from a Playwright JSON report. */
export const fromPlaywright = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const projects = report.config?.projects ?? [];
  const failures = report.suites
    .flatMap(specsOf)
    .flatMap((spec) =>
      spec.tests
        .filter((test) => test.status !== 'expected')
        .map((test) => `tests/browser/${spec.file}:${spec.line} › ${spec.title} (${playwrightReason(test, projects)})`),
    );
  const { stats } = report;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped, failures };
};
