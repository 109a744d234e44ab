import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readActors } from '../../actors/read-actors';
import { partialDateSchema } from '../../content-model/partial-date';
import { ContentError } from '../../content-model/content-error';
import { CONTENT_DIRS, loadContentModel } from '../../content-model/load-content-model';
import { codeCharacters, interviewFiles } from './interview-files';
import { splitPlainText, type SplitProblem } from './split-plain-text';

export interface ImportOptions {
  /** The folder name, if not the one made from the title. */
  id?: string | undefined;
  /** When the interview was given: YYYY, YYYY-MM or YYYY-MM-DD. A plain-text file does not say. */
  date?: string | undefined;
  /** Today, for the source note. */
  today?: string;
}

export type ImportResult =
  | { ok: true; folder: string; files: string[]; marked: { file: string; actors: string[] }[]; leftOut: string[] }
  | { ok: false; problems: string[] };

const located = (file: string, problems: readonly SplitProblem[]) =>
  problems.map(({ line, message, hint }) => `${file}:${line} ${message}\n  hint: ${hint}`);

/**
 * Imports a plain-text interview into `content/interviews/<id>/` under `root`, then checks the
 * whole edition as the build would; if that fails, nothing is left behind. Refuses, saying where
 * and why, a file it cannot split, a folder that exists, and a missing or malformed date.
 */
export function importInterview(root: string, file: string, options: ImportOptions = {}): ImportResult {
  const text = readFileSync(file, 'utf8');
  const inProject = relative(root, file);
  const shown = inProject && !inProject.startsWith('..') ? inProject : file;
  const split = splitPlainText(text);
  const problems = [...located(shown, split.problems), ...located(shown, codeCharacters(text))];
  if (options.date === undefined) {
    problems.push(
      `${shown}: no date\n  hint: a plain-text interview does not say when it was given; pass --date YYYY-MM-DD, YYYY-MM or YYYY`,
    );
  } else if (!partialDateSchema.safeParse(options.date).success) {
    problems.push(`--date ${options.date}: not a date\n  hint: write YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  if (problems.length > 0 || !split.interview) return { ok: false, problems };

  const { registry, issues } = readActors(root, CONTENT_DIRS.actors);
  if (issues.length > 0) return { ok: false, problems: [new ContentError(issues).message] };
  const imported = interviewFiles(split.interview, text, registry, {
    id: options.id,
    date: options.date!,
    sourceName: basename(file),
    importedOn: options.today ?? new Date().toISOString().slice(0, 10),
  });
  const folder = join(CONTENT_DIRS.interviews, imported.id);
  if (existsSync(join(root, folder))) {
    return {
      ok: false,
      problems: [`${folder} already exists\n  hint: pass --id with another folder name, or remove the folder first`],
    };
  }
  mkdirSync(join(root, folder), { recursive: true });
  for (const [name, contents] of Object.entries(imported.files)) writeFileSync(join(root, folder, name), contents);
  try {
    loadContentModel(root);
  } catch (error) {
    rmSync(join(root, folder), { recursive: true, force: true });
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  return {
    ok: true,
    folder,
    files: Object.keys(imported.files),
    marked: imported.marked,
    leftOut: split.interview.leftOut.map(({ line, text: words }) => `${shown}:${line} ${words}`),
  };
}
