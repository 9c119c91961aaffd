// Composes the services and visit analytics routes (mounted under /api) from the app's store, token
// signer and clock. Runs on the server.
import express, { type Router } from 'express';
import { REGISTRY } from '../../shared/registry.ts';
import type { Tokens } from '../auth/tokens.ts';
import type { Store } from '../store/store.ts';
import { analyticsRouter } from './analyticsRouter.ts';
import { servicesRouter } from './servicesRouter.ts';

export function servicesApi(store: Store, tokens: Tokens, now: () => number): Router {
  const common = { tokens, users: store.users, now, audit: store.audit, registry: REGISTRY };
  const router = express.Router();
  router.use(servicesRouter({ ...common, services: store.services }));
  router.use(analyticsRouter({ ...common, visits: store.visits, sessions: store.sessions }));
  return router;
}
