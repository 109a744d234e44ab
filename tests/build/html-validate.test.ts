import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, SUB_DIST } from '../../scripts/test-builds.mjs';
import { builtPagePaths } from './site';

// The committed .htmlvalidate.mjs applies, as it does to `npx html-validate`.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each([DIST, SUB_DIST])('html-validate, over %s/', (dir) => {
  it.each(builtPagePaths(join(process.cwd(), dir)))('finds nothing wrong with %s', async (path) => {
    const report = await validator.validateFile(join(dir, path));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${dir}/${path}:${m.line}:${m.column} ${m.message} (${m.ruleId})`),
    );
    expect(problems).toEqual([]);
  });
});
