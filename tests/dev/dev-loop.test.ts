import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../bad-content/build-in-isolation';

const ROOT = process.cwd();
/** How long an edit may take to show: "within a few seconds", with room for a busy two-core machine. */
const WITHIN_MS = 15_000;

/** A port no one is listening on now; the dev server is asked for it and says which it took. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const editorsEnvironment = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

describe('an editor running `astro dev`', () => {
  const project = mkdtempSync(join(tmpdir(), 'dev-loop-'));
  let dev: ChildProcess;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    copyProject(ROOT, project);
    dev = spawn(
      join(ROOT, 'node_modules/.bin/astro'),
      ['dev', '--host', '127.0.0.1', '--port', String(await freePort())],
      {
        cwd: project,
        // As an editor's shell would start it: without the test runner's NODE_ENV=test and VITEST.
        env: { ...editorsEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', BASE_PATH: '', SITE_URL: '' },
        detached: true,
      },
    );
    dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    while (!origin && Date.now() - started < 60_000) {
      origin = /Local\s+(http:\/\/[^/\s]+)\//.exec(output)?.[1] ?? '';
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(origin, output).not.toBe('');
  }, 90_000);

  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid);
    rmSync(project, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, html: await response.text() };
  };
  /** Waits until every page shows what `shows` asks, and fails with what the last of them showed. */
  const eventually = async (paths: string[], shows: (view: { status: number; html: string }) => boolean) => {
    const started = Date.now();
    let last = { path: '', status: 0, html: '' };
    while (Date.now() - started < WITHIN_MS) {
      const views = await Promise.all(paths.map(async (path) => ({ path, ...(await page(path)) })));
      const failing = views.find((view) => !shows(view));
      if (!failing) return;
      last = failing;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${last.path} answered ${last.status} within ${WITHIN_MS} ms:\n${last.html.slice(0, 600)}`);
  };
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(project, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `${file} has ${String(from)}`).not.toBe(text);
    writeFileSync(path, changed);
  };
  const ok = (marker: string) => (view: { status: number; html: string }) =>
    view.status === 200 && view.html.includes(marker);
  const broken = (location: string) => (view: { status: number; html: string }) =>
    view.status === 500 && view.html.includes(location);
  const READING = '/china-russia-relations/';
  const EVERY_KIND_OF_PAGE = ['/', READING, '/actors/', '/actors/sco/', `${READING}war/`, `${READING}timeline/`];

  it(
    'sees an edited gloss on the reading page, the answers, the who’s who and the actor’s own page',
    { timeout: 30_000 },
    async () => {
      await eventually(['/'], (view) => view.status === 200);
      edit('content/actors/sco.yaml', /^gloss: >-\n {2}/m, 'gloss: >-\n  Edited gloss. ');
      await eventually([READING, '/actors/', '/actors/sco/', `${READING}history/`], ok('Edited gloss.'));
    },
  );

  it('sees an edited credit line of the interview', { timeout: 30_000 }, async () => {
    edit('content/interviews/china-russia-relations/interview.yaml', /^credit: "[^"]*"/m, 'credit: "Edited credit"');
    await eventually(['/', READING, `${READING}war/`], ok('Edited credit'));
  });

  it(
    'gets the problem at its file and line on every page while an actor file is broken, then the pages again',
    { timeout: 45_000 },
    async () => {
      edit('content/actors/sco.yaml', /^kind: organisation$/m, 'kind: "organisation');
      await eventually(EVERY_KIND_OF_PAGE, broken('content/actors/sco.yaml:'));
      edit('content/actors/sco.yaml', /^kind: "organisation$/m, 'kind: organisation');
      await eventually(EVERY_KIND_OF_PAGE, ok('</html>'));
    },
  );

  it(
    'gets the problem on every page while an answer holds code, then the edited answer',
    { timeout: 45_000 },
    async () => {
      const answer = 'content/interviews/china-russia-relations/04-future.mdx';
      edit(answer, /\n$/, '\n\n<Widget />\n');
      await eventually(EVERY_KIND_OF_PAGE, broken(`${answer}:13:1 a &#60;Widget&#62; tag is not allowed in an answer`));
      edit(answer, '\n\n<Widget />\n', '\n\nAn edited last paragraph.\n');
      await eventually([READING, `${READING}future/`], ok('An edited last paragraph.'));
      await eventually(EVERY_KIND_OF_PAGE, (view) => view.status === 200);
    },
  );
});
