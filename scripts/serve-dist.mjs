// Serves a built site for the browser tests, the way a static host would: files from a folder,
// mounted under a base path, `index.html` for folders, and `404.html` with status 404 otherwise.
// It sends the headers the built `_headers` file asks for, as Netlify or Cloudflare Pages would, so
// the browser tests run under the same policy as readers.
// Usage: node scripts/serve-dist.mjs [--dir dist] [--port 4322] [--base /]
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, readHeaderRules } from '../src/host/header-rules.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.dir);
const base = values.base.replace(/\/?$/, '/');
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? readHeaderRules(readFileSync(headersFile, 'utf8')) : [];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  let relative;
  try {
    relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  } catch {
    return undefined; // A malformed escape names no file.
  }
  // Hosts read `_headers` and never serve it.
  if (relative.startsWith('..') || relative === '_headers') return undefined;
  const path = join(root, relative);
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory())
    return (await stat(join(path, 'index.html')).catch(() => undefined))?.isFile()
      ? join(path, 'index.html')
      : undefined;
  return undefined;
}

function send(response, pathname, path, status) {
  response.writeHead(status, {
    ...Object.fromEntries(headersFor(rules, pathname)),
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
  });
  createReadStream(path).pipe(response);
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === base.slice(0, -1)) {
    response.writeHead(301, { location: base }).end();
    return;
  }
  const path = await fileFor(pathname);
  if (path) send(response, pathname, path, 200);
  else send(response, pathname, join(root, '404.html'), 404);
}).listen(Number(values.port), '127.0.0.1', () =>
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`),
);
