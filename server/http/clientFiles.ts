// Serves the built client (CLIENT_DIR) with an SPA fallback: /staff and below get the staff console
// (staff/index.html), /pendataan and below the field app (pendataan/index.html), /lite and below
// Makaverse Lite (lite/index.html), any other GET that
// wants HTML gets index.html. Hashed files under /assets are cached for a year; index.html is
// revalidated each time. Files are always sent relative to the client folder (`root`), so the install
// path may contain dot folders (`~/.local/…`): only dot segments below the client folder are refused.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { type Application } from 'express';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const INDEX_PAGE = 'index.html';
const STAFF_PAGE = 'staff/index.html';
const PENDATAAN_PAGE = 'pendataan/index.html';
const LITE_PAGE = 'lite/index.html';

export function serveClient(app: Application, clientDir: string): void {
  const indexHtml = join(clientDir, INDEX_PAGE);
  const staffHtml = join(clientDir, STAFF_PAGE);
  const pendataanHtml = join(clientDir, PENDATAAN_PAGE);
  const liteHtml = join(clientDir, LITE_PAGE);
  const assetsDir = join(clientDir, 'assets') + sep;

  app.use(
    express.static(clientDir, {
      index: false,
      setHeaders(res, path) {
        if (path.startsWith(assetsDir)) res.setHeader('Cache-Control', IMMUTABLE);
        else if (path === indexHtml || path === staffHtml || path === pendataanHtml || path === liteHtml)
          res.setHeader('Cache-Control', REVALIDATE);
      },
    }),
  );

  app.get('/{*path}', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/assets/') || !req.accepts('html')) {
      next();
      return;
    }
    const page =
      req.path === '/staff' || req.path.startsWith('/staff/')
        ? STAFF_PAGE
        : req.path === '/pendataan' || req.path.startsWith('/pendataan/')
          ? PENDATAAN_PAGE
          : req.path === '/lite' || req.path.startsWith('/lite/')
            ? LITE_PAGE
            : INDEX_PAGE;
    if (!existsSync(join(clientDir, page))) {
      res.status(404).type('text/plain').send('The client is not built: run `npm run build`.');
      return;
    }
    res.sendFile(page, {
      root: clientDir,
      headers: { 'Cache-Control': REVALIDATE },
    });
  });
}
