// The REST API under /api (express 5). Public contracts: see DESIGN.md "Public contracts".
// Errors are JSON `{error, field?}`; unknown /api routes are 404 JSON, never the SPA page.
import express, { type Router } from 'express';
import type { Profile } from '../../shared/accounts.ts';
import type { ConnectorStatus } from '../../shared/apiTypes.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { Registry } from '../../shared/registry.ts';
import type { Service } from '../../shared/services/service.ts';
import type { RaporService } from '../rapor/raporService.ts';
import type { ProcessHealth } from '../scale/health.ts';
import type { MetricStore } from '../store/metricStore.ts';
import { publicReadCors } from './cors.ts';
import { errorHandler } from './errors.ts';
import { listOpds, opdDetail } from './opds.ts';
import { raporHandler } from './rapor.ts';

export type ApiDeps = {
  registry: Registry;
  version: string;
  startedAtMs: number;
  /** Visitors currently in `city` rooms, across shards. */
  visitors: () => Promise<number>;
  /** Which process answered and whether Redis and the database answer (server/scale/health.ts). */
  health: () => Promise<ProcessHealth>;
  metrics: Pick<MetricStore, 'latest' | 'latestAll' | 'periodSummary'>;
  /** The rapor as residents may see it (named only once released). */
  rapor: Pick<RaporService, 'publicRapor'>;
  /** /auth/* and the staff console API (server/http/accounts.ts). */
  accounts: Router;
  /** Health of an organisation's pull connectors. */
  connectors: (organisationId: string) => Promise<ConnectorStatus[]>;
  /** An organisation's public services (issue 12), in display order. */
  services: (organisationId: string) => Promise<Service[]>;
  /** An organisation's edited profile, or null. */
  profile: (organisationId: string) => Promise<Profile | null>;
};

export function apiRouter(deps: ApiDeps): Router {
  const router = express.Router();
  router.use(publicReadCors);

  // 503 'degraded' when Redis (if configured) or the database does not answer: take this process out.
  router.get('/health', async (_req, res) => {
    const [visitors, health] = await Promise.all([deps.visitors().catch(() => null), deps.health()]);
    const ok = health.database === 'ok' && health.redis !== 'down';
    res
      .status(ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: ok ? 'ok' : 'degraded',
        version: deps.version,
        protocol: PROTOCOL_VERSION,
        uptimeS: Math.floor((Date.now() - deps.startedAtMs) / 1000),
        visitors,
        ...health,
      });
  });

  router.get('/opds', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=60').json(listOpds(deps.registry));
  });

  router.get('/opds/:id', async (req, res) => {
    const id = req.params.id;
    const known = deps.registry.organisations.some((o) => o.id === id);
    const [latest, profile] = known
      ? await Promise.all([deps.metrics.latest(id), deps.profile(id)])
      : [[], null];
    const detail = opdDetail(deps.registry, id, latest, profile);
    if (!detail) {
      res.status(404).json({ error: 'not-found', field: 'id' });
      return;
    }
    const [connectors, services] = await Promise.all([deps.connectors(id), deps.services(id)]);
    res.set('Cache-Control', 'no-cache').json({ ...detail, connectors, services });
  });

  router.get('/rapor', raporHandler(deps.rapor));

  router.use(deps.accounts);

  router.use((_req, res) => {
    res.status(404).json({ error: 'not-found' });
  });
  router.use(errorHandler);
  return router;
}
