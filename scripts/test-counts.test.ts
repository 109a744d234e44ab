import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPlaywright } from './test-counts.mjs';

const report = (tests: { title: string; projectName: string; status: string }[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'test-counts-')), 'browser.json');
  writeFileSync(
    file,
    JSON.stringify({
      config: {
        projects: [
          { name: 'browser', metadata: {} },
          { name: 'alone', metadata: { dependencies: ['browser'] } },
        ],
      },
      suites: [
        {
          title: 'a.spec.ts',
          file: 'a.spec.ts',
          specs: tests.map(({ title, projectName, status }, index) => ({
            title,
            file: 'a.spec.ts',
            line: index + 1,
            tests: [{ projectName, status, results: status === 'skipped' ? [] : [{}] }],
          })),
        },
      ],
      stats: {
        expected: tests.filter((test) => test.status === 'expected').length,
        unexpected: tests.filter((test) => test.status === 'unexpected').length,
        flaky: 0,
        skipped: tests.filter((test) => test.status === 'skipped').length,
      },
    }),
  );
  return file;
};

describe('counting a Playwright report', () => {
  it('counts a test that did not run as failed, and says it waited for a project that failed', () => {
    const counts = fromPlaywright(
      report([
        { title: 'passes', projectName: 'browser', status: 'expected' },
        { title: 'fails', projectName: 'browser', status: 'unexpected' },
        { title: 'waits', projectName: 'alone', status: 'skipped' },
      ]),
    );
    expect(counts).toEqual({
      passed: 1,
      failed: 2,
      failures: [
        'tests/browser/a.spec.ts:2 › fails (unexpected)',
        "tests/browser/a.spec.ts:3 › waits (not run: project 'alone' runs only after 'browser' passes, and it failed)",
      ],
    });
  });
});
