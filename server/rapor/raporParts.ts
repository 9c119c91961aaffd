// The rapor release and awareness tracker as the app composes them: the rapor service (drafts,
// notes, release) and the routers under /api. Services (issue 12, built separately) reach readiness
// through `serviceCounts` — one line where the app calls this. Runs on the server.
import express, { type Router } from 'express';
import { REGISTRY } from '../../shared/registry.ts';
import type { Tokens } from '../auth/tokens.ts';
import { awarenessRouter } from '../http/awareness.ts';
import { raporReleaseRouter } from '../http/raporRelease.ts';
import type { Store } from '../store/store.ts';
import { createRaporService, type RaporService } from './raporService.ts';
import type { ServiceCounts } from './readinessFacts.ts';

export type RaporParts = { service: RaporService; router: Router };

export function raporParts(
  store: Store,
  tokens: Tokens,
  now: () => number,
  options: { serviceCounts?: ServiceCounts } = {},
): RaporParts {
  const service = createRaporService({
    registry: REGISTRY,
    metrics: store.metrics,
    rapor: store.rapor,
    readiness: {
      organisations: store.organisations,
      sessions: store.sessions,
      pendataan: store.pendataan,
      serviceCounts: options.serviceCounts,
    },
    now,
  });
  const router = express.Router();
  router.use(raporReleaseRouter({ service, registry: REGISTRY, store, tokens, now }));
  router.use(awarenessRouter({ awareness: store.awareness, now }));
  return { service, router };
}
