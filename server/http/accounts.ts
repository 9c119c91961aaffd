// Composes the account routes: the token signer (AUTH_SECRET, or a secret generated once and kept in
// the database so restarts and other processes accept the same tokens), /api/auth/*, the staff
// console API and the admins' account API (/api/admin/*). Runs on the server.
import express, { type Router } from 'express';
import { REGISTRY } from '../../shared/registry.ts';
import { type AttemptCounter, memoryAttemptCounter } from '../auth/attemptCounter.ts';
import type { verifyPassword } from '../auth/password.ts';
import { AUTH_SECRET_SETTING, createTokens, newAuthSecret, type Tokens } from '../auth/tokens.ts';
import { ingestPoints } from '../live/ingest.ts';
import type { LiveBus } from '../live/liveBus.ts';
import type { SharedBuckets } from '../scale/sharedBuckets.ts';
import type { Store } from '../store/store.ts';
import { adminRouter } from './adminRoutes.ts';
import { authRouter } from './authRoutes.ts';
import { type StaffDeps, staffRouter } from './staffRoutes.ts';

export type AccountOptions = {
  /** Clock for tokens, sign-in throttling and audit entries, epoch ms (tests move it). */
  now?: () => number;
  /** Where sign-in attempts are counted (default: in this process's memory). */
  attempts?: AttemptCounter;
  /** Where per-address sign-in requests are counted (default: in this process's memory). */
  buckets?: SharedBuckets;
  /** The password check (default server/auth/password.ts); tests count its calls. */
  verifyPassword?: typeof verifyPassword;
};

/** The token signer: AUTH_SECRET, or a secret generated once and kept in the database. */
export async function loadTokens(
  authSecret: string | undefined,
  store: Store,
  now: () => number,
): Promise<Tokens> {
  const secret = authSecret ?? (await store.settings.getOrInit(AUTH_SECRET_SETTING, newAuthSecret));
  return createTokens(secret, now);
}

export function accountsRouter(
  tokens: Tokens,
  store: Store,
  live: LiveBus,
  options: AccountOptions = {},
): Router {
  const now = options.now ?? Date.now;
  const audit: StaffDeps['audit'] = (entry) => store.audit.append(entry, now());
  // Hand-entered figures go the one way in for metric points (validated, stored, published, audited).
  const enterFigures: StaffDeps['enterFigures'] = async (organisationId, payload, user) => {
    const deps = { metrics: store.metrics, audit: store.audit, live, registry: REGISTRY };
    const source = `staff:${user.username}`;
    const req = {
      organisationId,
      payload,
      contentType: 'json' as const,
      source,
      simulated: false,
      nowMs: now(),
    };
    const { accepted, errors } = await ingestPoints(deps, req);
    const first = errors[0];
    return first
      ? { status: 400, body: { error: 'invalid', row: first.row, field: first.field, errors } }
      : { status: 200, body: { accepted } };
  };
  const router = express.Router();
  router.use(
    '/auth',
    authRouter({
      users: store.users,
      tokens,
      audit,
      now,
      attempts: options.attempts ?? memoryAttemptCounter(),
      ...(options.buckets ? { buckets: options.buckets } : {}),
      ...(options.verifyPassword ? { verifyPassword: options.verifyPassword } : {}),
    }),
  );
  router.use(
    staffRouter({ tokens, users: store.users, now, organisations: store.organisations, audit, enterFigures }),
  );
  router.use('/admin', adminRouter({ tokens, users: store.users, now, audit: store.audit }));
  return router;
}
