import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file under a build folder, relative to it with `/` separators, as in `actors/sco/index.html`. */
export function htmlFilesIn(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesIn(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path).split('\\').join('/')] : [];
  });
}
