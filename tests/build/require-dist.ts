import { existsSync } from 'node:fs';

/** Build tests read `dist/`; without a build they would test nothing. */
export default function requireDist() {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/index.html is missing: run `npm run build` before the build tests.');
}
