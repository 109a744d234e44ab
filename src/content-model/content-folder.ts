import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './content-error';

/**
 * The entries of a content folder, hidden files left out, or, if the folder is missing or is not a
 * folder, the one issue that says so at its path, with what it should hold.
 */
export function readContentFolder(
  root: string,
  dir: string,
  holds: string,
): { entries: Dirent[]; issue?: never } | { entries?: never; issue: ContentIssue } {
  const kind = statSync(join(root, dir), { throwIfNoEntry: false });
  if (!kind?.isDirectory()) {
    return {
      issue: {
        file: dir,
        line: 1,
        column: 1,
        message: kind ? 'not a folder' : 'missing folder',
        hint: `${dir}/ holds ${holds}`,
      },
    };
  }
  return {
    entries: readdirSync(join(root, dir), { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.')),
  };
}
