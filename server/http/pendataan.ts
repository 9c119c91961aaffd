// All pendataan routes under /api (issue 8): the field app's, the staff console's and the public
// open data. See each router's header for its contract. Runs on the server.
import express, { type Router } from 'express';
import { REGISTRY } from '../../shared/registry.ts';
import type { Tokens } from '../auth/tokens.ts';
import type { LiveBus } from '../live/liveBus.ts';
import type { Store } from '../store/store.ts';
import { pendataanFieldRouter } from './pendataanField.ts';
import { pendataanFormsRouter } from './pendataanForms.ts';
import { pendataanPublicRouter } from './pendataanPublic.ts';
import { pendataanReviewRouter } from './pendataanReview.ts';
import { pendataanRosterRouter } from './pendataanRoster.ts';
import type { PendataanDeps } from './pendataanShared.ts';

export type { PendataanDeps } from './pendataanShared.ts';

/** The routers' dependencies from the app's store, token signer, live bus and clock. */
export function pendataanDeps(store: Store, tokens: Tokens, live: LiveBus, now: () => number): PendataanDeps {
  const org = (id: string) => REGISTRY.organisations.find((o) => o.id === id);
  return {
    tokens,
    users: store.users,
    now,
    pendataan: store.pendataan,
    audit: store.audit,
    ingest: { metrics: store.metrics, audit: store.audit, live, registry: REGISTRY },
    kpisOf: (id) => {
      const found = org(id);
      return found && new Set(found.kpis.map((k) => k.id));
    },
    organisationName: (id) => org(id)?.name,
  };
}

export function pendataanRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  router.use(pendataanFieldRouter(deps));
  router.use(pendataanRosterRouter(deps));
  router.use(pendataanFormsRouter(deps));
  router.use(pendataanReviewRouter(deps));
  router.use(pendataanPublicRouter(deps));
  return router;
}
