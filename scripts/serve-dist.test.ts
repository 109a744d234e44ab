import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from './serve-dist.mjs';

describe('serveDist', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  const page = '<!doctype html><title>A page</title>'.repeat(50);
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, '404.html'), 'not here');
    writeFileSync(join(dir, 'index.pf_meta'), 'already compressed by Pagefind');
    server = await serveDist({ dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The response as sent, its body undecoded (fetch would decode it). */
  const get = (path: string, acceptEncoding: string) =>
    new Promise<{ status: number; encoding: string | null; body: Buffer }>((resolve, reject) => {
      httpGet(`${server.origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: (response.headers['content-encoding'] as string | undefined) ?? null,
            body: Buffer.concat(chunks),
          }),
        );
      }).on('error', reject);
    });

  it('sends text as brotli to a client that accepts it, else gzip, else as it is', async () => {
    const br = await get('/', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gzip = await get('/', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const plain = await get('/', 'identity');
    expect(plain.encoding).toBeNull();
    expect(plain.body.toString()).toBe(page);
  });

  it('sends Pagefind’s own files as they are: they come compressed', async () => {
    const meta = await get('/index.pf_meta', 'br');
    expect(meta.encoding).toBeNull();
    expect(meta.body.toString()).toBe('already compressed by Pagefind');
  });

  it('compresses a file once and sends the same bytes again, as a CDN keeps what it compressed', async () => {
    writeFileSync(join(dir, 'kept.html'), page);
    const first = await get('/kept.html', 'br');
    writeFileSync(join(dir, 'kept.html'), 'changed since');
    const second = await get('/kept.html', 'br');
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('answers a missing page with the site’s 404 page', async () => {
    const missing = await get('/nowhere/', 'identity');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('not here');
  });
});
