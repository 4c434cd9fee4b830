/**
 * A tiny static server for the built site (`dist/`), for the browser tests and the benchmark.
 * node:http only. Serves `dir/index.html` for `/dir/`, redirects `/dir` to `/dir/` (as a static
 * host with `trailingSlash: 'always'` does), answers 404 with `404.html` when the site has one, and gzips text
 * (HTML, CSS, JS, JSON, CSV, SVG, …) for clients that accept it, as every static host does: Lighthouse then times
 * the bytes a reader's phone really downloads, the gzipped sizes the page-weight budgets are written in.
 *
 * CLI: `tsx scripts/serve-dist.ts [--port 4401] [--dir dist]` (port 0 = a free port).
 * `SHANHAI_DIST` points the tests and the benchmark at another build (e.g. a copy that a
 * concurrent `npm run build` cannot change under them).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Content types by file extension; anything else is `application/octet-stream`. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

/** Types a static host compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

/** The gzipped bytes of a file, kept while its size and modification time stay the same. */
const gzipped = new Map<string, { key: string; bytes: Buffer }>();
async function gzippedFile(path: string): Promise<Buffer> {
  const { size, mtimeMs } = await stat(path);
  const key = `${size}:${mtimeMs}`;
  const hit = gzipped.get(path);
  if (hit?.key === key) return hit.bytes;
  const bytes = gzipSync(await readFile(path));
  gzipped.set(path, { key, bytes });
  return bytes;
}

/** The built site: `$SHANHAI_DIST`, else `dist/` at the repo root. */
export const DEFAULT_DIST = resolve(process.env.SHANHAI_DIST ?? fileURLToPath(new URL('../dist', import.meta.url)));

/** A running server: its origin (`http://127.0.0.1:port`) and how to stop it. */
export interface DistServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve; default `DEFAULT_DIST`. */
  dir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Starts serving `dir`; resolves once it listens. */
export async function serveDist(options: ServeOptions = {}): Promise<DistServer> {
  const root = resolve(options.dir ?? DEFAULT_DIST);
  const host = options.host ?? '127.0.0.1';
  if (!(await isDirectory(root))) throw new Error(`serveDist: ${root} is not a folder; run \`npm run build\` first`);

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const path = join(root, pathname);
    // Refuse anything that escapes the root (e.g. /../package.json).
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = path;
    if (pathname.endsWith('/')) file = join(path, 'index.html');
    else if (await isDirectory(path)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let size = await fileSize(file);
    let status = 200;
    if (size === undefined) {
      status = 404;
      file = join(root, '404.html');
      size = await fileSize(file);
      if (size === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`404 ${pathname}`);
        return;
      }
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = await gzippedFile(file);
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'content-length': size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(argValue('--port') ?? 4401);
  const dir = argValue('--dir');
  const server = await serveDist({ port, ...(dir === undefined ? {} : { dir }) });
  console.log(`serving ${dir ?? 'dist'} on ${server.origin}/`);
}
