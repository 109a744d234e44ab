// The benchmarks' command lines: each says its usage on --help, and stops on an option it does not
// know, before it builds, serves or writes anything.
import { parseArgs } from 'node:util';

/**
 * Parses `process.argv` with `options` and `--help`. On `--help` it prints `usage` and exits 0; on
 * an unknown option or a missing value it prints the problem and `usage` and exits 2.
 * @param {string} usage what the command does and how to call it
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @param {string[]} [args] the arguments, `process.argv.slice(2)` by default
 */
export function parseBenchArgs(usage, options = {}, args = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}
