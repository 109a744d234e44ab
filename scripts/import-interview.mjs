// `npm run import -- FILE --date YYYY-MM`: reads a plain-text interview (a title line, questions
// ending in "?", their paragraphs, a credit line) into content/interviews/<id>/, with the first
// mention of every known actor marked in each answer for an editor to review. The work is done by
// src/interviews/import/, loaded through Vite so that it runs the site's own TypeScript.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const USAGE = `npm run import -- FILE --date YYYY-MM [--id FOLDER]

Imports a plain-text interview into content/interviews/<id>/.
  --date DATE   when the interview was given: YYYY-MM-DD, YYYY-MM or YYYY (the text does not say)
  --id FOLDER   the folder name, if not the one made from the title`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) {
  console.error(`give one file to import\n\n${USAGE}`);
  process.exit(2);
}

const { module } = await runnerImport('./src/interviews/import/import-interview.ts', {
  configFile: false,
  logLevel: 'silent',
});
const result = module.importInterview(process.cwd(), resolve(parsed.positionals[0]), {
  date: parsed.values.date,
  id: parsed.values.id,
});
if (!result.ok) {
  console.error(`Not imported:\n${result.problems.join('\n')}`);
  process.exit(1);
}
console.log(`Imported into ${result.folder}/: ${result.files.join(', ')}`);
for (const { file, actors } of result.marked)
  console.log(`  ${file}: marked ${actors.length > 0 ? actors.join(', ') : 'no actor'}`);
if (result.leftOut.length > 0) console.log(`Left out, after the credit line:\n  ${result.leftOut.join('\n  ')}`);
console.log('Review the marks, the description and the date, then build: npm run build');
