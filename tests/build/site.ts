import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadContentModel } from '../../src/content-model/load-content-model';
import { htmlFilesIn } from '../../src/host/html-files';
import { newestFirst } from '../../src/interviews/newest-first';

export const ROOT = process.cwd();
export const DIST = join(ROOT, 'dist');

/** The content as the build saw it. */
export const model = loadContentModel(ROOT);

/**
 * A built page, as text and as a DOM. `path` is relative to the build folder (dist/ unless given), as in
 * `china-russia-relations/war/index.html`.
 */
export function builtPage(path: string, root = DIST) {
  const html = readFileSync(join(root, path), 'utf8');
  return { path, html, document: parseHTML(html).document };
}

/** Every HTML file in a build folder (dist/ unless given), relative to it. */
export const builtPagePaths = (root = DIST) => htmlFilesIn(root);

/** The MDX source of an answer file. */
export const answerSource = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Actor ids marked in an answer's MDX source, in order of first appearance. */
export const markedActors = (file: string) => [
  ...new Set([...answerSource(file).matchAll(/\]\(actor:([a-z0-9-]+)\)/g)].map((match) => match[1]!)),
];

/** Interviews as the edition orders them: newest first. */
export const newestInterviews = () =>
  model.interviews.toSorted((a, b) => newestFirst({ id: a.id, ...a.meta }, { id: b.id, ...b.meta }));

/** The edition's front page. */
export const frontPage = () => builtPage('index.html');
/** An interview's reading page: the whole interview, with its glosses. */
export const readingPagePath = (interviewId: string) => `${interviewId}/index.html`;
export const readingPage = (interviewId: string) => builtPage(readingPagePath(interviewId));
export const answerPagePath = (interviewId: string, slug: string) => `${interviewId}/${slug}/index.html`;

/**
 * The actor a mention or a gloss's name stands for: a later mention and a gloss's name link to the
 * actor's entry (`/actors/<id>/`), a first mention to its gloss, whose name does.
 */
export function actorOf(link: Element): string {
  const entry = (anchor: Element | null | undefined) =>
    /\/actors\/([^/]+)\/$/.exec(anchor?.getAttribute('href') ?? '')?.[1];
  const href = link.getAttribute('href') ?? '';
  const id = href.startsWith('#')
    ? entry(link.ownerDocument.getElementById(href.slice(1))?.querySelector('.gloss-name'))
    : entry(link);
  if (!id) throw new Error(`no actor for ${link.outerHTML}`);
  return id;
}
