import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A static host for the built site and the baseline page, as a typical host serves them: gzip for
 * text, long caching for hashed assets, `index.html` for folders, `404.html` for the rest.
 * Both pages come from the same server so neither gets a faster one.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `mounts`: URL prefix ("/", "/bench-baseline/") to folder. Longest prefix wins. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const gzipCache = new Map<string, Buffer>();

  const locate = (pathname: string): { file: string; status: number } | { redirect: string } | undefined => {
    const mount = table.find((entry) => pathname.startsWith(entry.prefix) || `${pathname}/` === entry.prefix);
    if (!mount) return undefined;
    const relative = decodeURIComponent(pathname.slice(mount.prefix.length - 1));
    const target = normalize(join(mount.dir, relative));
    if (target !== mount.dir && !target.startsWith(mount.dir + sep)) return undefined;
    if (!pathname.endsWith('/') && existsSync(target) && statSync(target).isDirectory()) {
      return { redirect: `${pathname}/` };
    }
    const candidates = [target, join(target, 'index.html'), `${target}.html`];
    for (const candidate of candidates) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate, status: 200 };
    }
    const notFound = join(mount.dir, '404.html');
    return existsSync(notFound) ? { file: notFound, status: 404 } : undefined;
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = locate(url.pathname);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if ('redirect' in found) {
      response.writeHead(301, { Location: `${found.redirect}${url.search}` }).end();
      return;
    }
    const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': url.pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.test(type)) {
      let body = gzipCache.get(found.file);
      if (!body) {
        body = gzipSync(readFileSync(found.file), { level: 9 });
        gzipCache.set(found.file, body);
      }
      response.writeHead(found.status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(found.status, { ...headers, 'Content-Length': String(statSync(found.file).size) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
