import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/**
 * A static server for a built site, mounted under `base` (e.g. `/` or `/news-compare/`), with
 * gzip like GitHub Pages, so transfer sizes and Lighthouse timings match production.
 */
export async function serve(dir: string, base = '/'): Promise<{ origin: string; url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const gzip = compression();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('Not under the base path');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    gzip(req as never, res as never, () =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('Not found');
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
