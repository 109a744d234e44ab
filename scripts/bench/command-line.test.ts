import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BENCHMARKS = ['bench-lighthouse', 'bench-search', 'bench-scale', 'bench-report'];
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.mjs`, ...args], { encoding: 'utf8', timeout: 20_000 });

// Each case starts Node on a benchmark's module, which can take seconds on a busy two-core machine.
describe('a benchmark asked for --help', { timeout: 30_000 }, () => {
  it.each(BENCHMARKS)('%s prints its usage and exits 0 without building or writing anything', (script) => {
    const report = statSync('bench/RESULTS.md').mtimeMs;
    const { status, stdout } = run(script, '--help');
    expect(status).toBe(0);
    expect(stdout).toContain(`npm run ${script.replace('-', ':')}`);
    expect(statSync('bench/RESULTS.md').mtimeMs).toBe(report);
  });

  it.each(BENCHMARKS)('%s stops with its usage, exit 2, on an option it does not know', (script) => {
    const { status, stderr } = run(script, '--no-such-option');
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain(`npm run ${script.replace('-', ':')}`);
  });
});
