// Serves a built site for the browser tests and benchmarks, the way a static host would: files from a
// folder, mounted under a base path, `index.html` for folders, and `404.html` with status 404 otherwise,
// text compressed with brotli (or gzip) once and then served from memory, as a CDN would.
// It sends the headers the built `_headers` file asks for, as Netlify or Cloudflare Pages would, so
// the browser tests run under the same policy as readers.
// Kept by hand, not `sirv`: sirv serves only files compressed beforehand, and the benchmarks need
// each response compressed once, on first request, and kept, as a CDN does (issue 14's search bench).
// As a command: node scripts/serve-dist.mjs [--dir dist] [--port 0] [--base /]; port 0, the default,
// takes a free port, and the address is printed.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, readHostHeaders } from './host-headers.mjs';

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

/** What a static host compresses: text, and WebAssembly. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.wasm', '.txt', '.xml']);

/**
 * Starts serving `dir` under `base` on 127.0.0.1. Port 0 lets the system choose a free port, so no
 * run ever meets, or tests, a server it did not start.
 * @param {{ dir: string; base?: string; port?: number }} options
 * @returns {Promise<{ origin: string; url: string; close: () => Promise<void> }>} the origin, the site's
 *   address under its base, and a way to stop
 */
export async function serveDist({ dir, base: rawBase = '/', port = 0 }) {
  const root = resolve(dir);
  const base = rawBase.replace(/\/?$/, '/');
  const headersFile = join(root, '_headers');
  const rules = await readHostHeaders(headersFile);

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

  /**
   * Each file's body as sent, by encoding, compressed once and kept, as a CDN keeps what it has
   * compressed: a page's second visitor waits for no compression.
   */
  const bodies = new Map();
  async function body(path, encoding) {
    const key = `${encoding} ${path}`;
    if (!bodies.has(key)) {
      const raw = await readFile(path);
      bodies.set(
        key,
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw,
      );
    }
    return bodies.get(key);
  }

  /** Brotli, else gzip, for text the client accepts it for; Pagefind's own files come compressed. */
  function encodingFor(request, path) {
    if (!COMPRESSIBLE.has(extname(path))) return 'identity';
    const accepted = request.headers['accept-encoding'] ?? '';
    return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
  }

  async function send(request, response, pathname, path, status) {
    const encoding = encodingFor(request, path);
    const content = await body(path, encoding);
    response.writeHead(status, {
      ...Object.fromEntries(headersFor(rules, pathname)),
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': String(content.length),
      vary: 'accept-encoding',
      ...(encoding !== 'identity' && { 'content-encoding': encoding }),
    });
    response.end(request.method === 'HEAD' ? undefined : content);
  }

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === base.slice(0, -1)) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    const path = await fileFor(pathname);
    if (path) await send(request, response, pathname, path, 200);
    else await send(request, response, pathname, join(root, '404.html'), 404);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '0' },
      base: { type: 'string', default: '/' },
    },
  });
  const { url } = await serveDist({ dir: values.dir, base: values.base, port: Number(values.port) });
  console.log(`Serving ${resolve(values.dir)} at ${url}`);
}
