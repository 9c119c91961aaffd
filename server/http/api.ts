// The REST API under /api (express 5). Public contracts: see DESIGN.md "Public contracts".
// Errors are JSON `{error, field?}`; unknown /api routes are 404 JSON, never the SPA page.
import express, { type ErrorRequestHandler, type Router } from 'express';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { Registry } from '../../shared/registry.ts';
import { log } from '../log.ts';
import { publicReadCors } from './cors.ts';
import { listOpds, opdDetail } from './opds.ts';

export type ApiDeps = {
  registry: Registry;
  version: string;
  startedAtMs: number;
  /** Visitors currently in `city` rooms, across shards. */
  visitors: () => Promise<number>;
};

const onError: ErrorRequestHandler = (err, req, res, _next) => {
  log.error('http-error', { method: req.method, path: req.path, error: err });
  if (!res.headersSent) res.status(500).json({ error: 'internal' });
};

export function apiRouter(deps: ApiDeps): Router {
  const router = express.Router();
  router.use(publicReadCors);

  router.get('/health', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      status: 'ok',
      version: deps.version,
      protocol: PROTOCOL_VERSION,
      uptimeS: Math.floor((Date.now() - deps.startedAtMs) / 1000),
      visitors: await deps.visitors(),
    });
  });

  router.get('/opds', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=60').json(listOpds(deps.registry));
  });

  router.get('/opds/:id', (req, res) => {
    const detail = opdDetail(deps.registry, req.params.id);
    if (!detail) {
      res.status(404).json({ error: 'not-found', field: 'id' });
      return;
    }
    res.set('Cache-Control', 'no-cache').json(detail);
  });

  router.use((_req, res) => {
    res.status(404).json({ error: 'not-found' });
  });
  router.use(onError);
  return router;
}
