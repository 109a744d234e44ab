import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET } from './budget/budget';
import { firstRenderBytes, scriptOnLoadBytes, weighPage, type PageWeight } from './budget/page-weight';
import { answerPagePath, builtPage, builtPagePaths, DIST, model } from './site';

const answerPages = model.interviews.flatMap(({ id, answers }) =>
  answers.map(({ frontmatter }) => ({ kind: 'answer page', path: answerPagePath(id, frontmatter.slug) })),
);
const actorPages = [...model.registry.actors.keys()].map((id) => ({
  kind: 'actor page',
  path: `actors/${id}/index.html`,
}));
const PAGES = [{ kind: 'reading page', path: 'index.html' }, ...answerPages, ...actorPages];

const weights: { kind: string; weight: PageWeight }[] = [];

afterAll(() => {
  // The heaviest page of each kind, each figure beside its limit.
  const rows = ['reading page', 'answer page', 'actor page'].map((kind) => {
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
