import { ContentError, formatContentIssue } from '../content-model/content-error';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Every problem of the content, one `file:line:column message` and hint each, or the error's message. */
export const contentProblems = (error: unknown): string[] =>
  error instanceof ContentError ? error.issues.map(formatContentIssue) : [String((error as Error)?.message ?? error)];

/**
 * The page `astro dev` serves for every page while content is broken: each problem with its
 * file, line, column and hint. Vite's client, loaded from `viteBase`, reloads it once the content
 * is fixed. Only the dev server sends it.
 */
export function contentErrorPage(error: unknown, viteBase: string): string {
  const problems = contentProblems(error);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Bad content</title>',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<script type="module" src="${escapeHtml(viteBase)}@vite/client"></script>`,
    '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}',
    'pre{white-space:pre-wrap;background:#fdecea;color:#5f2120;padding:1rem;border-radius:.25rem}</style>',
    '</head><body><main>',
    `<h1>Bad content: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}</h1>`,
    '<p>Every page waits until the content is fixed; this page reloads itself then.</p>',
    ...problems.map((problem) => `<pre>${escapeHtml(problem)}</pre>`),
    '</main></body></html>',
  ].join('\n');
}
