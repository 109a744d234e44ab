import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET } from './budget/budget';
import { firstRenderBytes, scriptOnLoadBytes, weighPage, type PageWeight } from './budget/page-weight';
import { answerPagePath, builtPage, builtPagePaths, DIST, model, readingPagePath } from './site';

const readingPages = new Set(model.interviews.map(({ id }) => readingPagePath(id)));
const answerPages = new Set(
  model.interviews.flatMap(({ id, answers }) => answers.map(({ frontmatter }) => answerPagePath(id, frontmatter.slug))),
);
const KINDS = ['reading page', 'answer page', 'actor page', 'other page'] as const;
const kindOf = (path: string): (typeof KINDS)[number] =>
  readingPages.has(path)
    ? 'reading page'
    : answerPages.has(path)
      ? 'answer page'
      : path.startsWith('actors/')
        ? 'actor page'
        : 'other page';
// Every page the build writes, each weighed against the same budget.
const PAGES = builtPagePaths().map((path) => ({ kind: kindOf(path), path }));

const weights: { kind: string; weight: PageWeight }[] = [];

afterAll(() => {
  // The heaviest page of each kind, each figure beside its limit.
  const rows = KINDS.map((kind) => {
    const ofKind = weights.filter((entry) => entry.kind === kind).map(({ weight }) => weight);
    const heaviest = (measure: (weight: PageWeight) => number) =>
      ofKind.reduce((worst, weight) => (measure(weight) > measure(worst) ? weight : worst));
    const render = heaviest(firstRenderBytes);
    const script = heaviest(scriptOnLoadBytes);
    return {
      kind: `${kind} (${ofKind.length})`,
      'HTML + blocking CSS, brotli 11': `${firstRenderBytes(render)} of ${BUDGET.firstRender} B (${render.page})`,
      'JS on load, brotli 11': `${scriptOnLoadBytes(script)} of ${BUDGET.scriptOnLoad} B (${script.page})`,
    };
  });
  console.table(rows);
});

describe.each(PAGES)('$kind $path', ({ kind, path }) => {
  const weight = weighPage(DIST, '/', path);
  weights.push({ kind, weight });

  it(`renders from the first round trip: HTML and render-blocking CSS fit in ${BUDGET.firstRender} bytes`, () => {
    expect(firstRenderBytes(weight)).toBeLessThanOrEqual(BUDGET.firstRender);
  });

  it(`runs at most ${BUDGET.scriptOnLoad} bytes of JavaScript on load; search loads only on intent`, () => {
    expect(scriptOnLoadBytes(weight)).toBeLessThanOrEqual(BUDGET.scriptOnLoad);
    expect(weight.scriptFiles.map(({ file }) => relative(DIST, file))).not.toContainEqual(
      expect.stringMatching(/^pagefind\//),
    );
  });
});

/** Every file under a folder, relative to it. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());

it('ships no web font: system fonts cost nothing, and a font must earn its bytes (at most 30 KB) to be added here', () => {
  const fonts = filesIn(DIST)
    .filter((path) => ['.woff2', '.woff', '.ttf', '.otf', '.eot'].includes(extname(path)))
    .map((path) => ({ path, bytes: statSync(join(DIST, path)).size }));
  expect(fonts.filter(({ bytes }) => bytes > BUDGET.font)).toEqual([]);
  expect(fonts).toEqual([]);
});

describe.each(builtPagePaths())('%s', (path) => {
  it('gives every image its width and height, so nothing shifts as it loads', () => {
    const images = [...builtPage(path).document.querySelectorAll('img')];
    expect(
      images
        .filter((image) => !image.getAttribute('width') || !image.getAttribute('height'))
        .map((image) => image.outerHTML),
    ).toEqual([]);
  });
});
