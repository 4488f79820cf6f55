/** A tiny static file server for the built pages (loopback only, a free port, GET/HEAD only). */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** The file under `root` that a request path names, or null when it would leave `root`. */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  const pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return null;
  const file = join(root, relative);
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : null;
}

/**
 * Headers that make the pages cross-origin isolated: the browser's clock (performance.now and frame
 * timestamps) then reads to a few microseconds instead of 0.1 ms, fine enough to tell a 16.67 ms frame
 * at 60 Hz from a late one. Everything the pages load is same-origin, so nothing else changes.
 */
const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/** Serves the files of `root` on 127.0.0.1 at a free port, cross-origin isolated. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = request.method === 'GET' || request.method === 'HEAD' ? resolveRequestPath(root, request.url ?? '/') : null;
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
        ...ISOLATION_HEADERS,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
