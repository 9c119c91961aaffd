// POST /api/auth/login {username, password} → {token, expiresAt, user}; POST /api/auth/refresh with a
// valid token → a fresh token. Wrong credentials are one generic 401; a locked account 423 and too many
// attempts from one address 429, both with Retry-After. Tokens and passwords are never logged. Runs on the server.
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { type Bucket, type BucketLimit, fullBucket, take } from '../../shared/rateLimit.ts';
import { createLogin, type LoginDeps } from '../auth/login.ts';
import { claimsOf } from '../auth/tokens.ts';
import { currentSession, unauthorized } from './requireUser.ts';

/** Login attempts per client address: 10 at once, then one every 6 s. */
const IP_LIMIT: BucketLimit = { capacity: 10, refillPerSec: 1 / 6 };
const MAX_TRACKED_IPS = 10_000;

const Credentials = z.strictObject({ username: z.string().max(64), password: z.string().max(256) });

export function authRouter(deps: LoginDeps): Router {
  const router = express.Router();
  const login = createLogin(deps);
  const buckets = new Map<string, Bucket>();

  // Counted before the body is parsed: malformed and oversized attempts use up the allowance too.
  const limitByAddress: RequestHandler = (req, res, next) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (buckets.size > MAX_TRACKED_IPS) buckets.clear();
    const now = deps.now();
    const taken = take(buckets.get(ip) ?? fullBucket(IP_LIMIT, now), IP_LIMIT, now);
    buckets.set(ip, taken.bucket);
    if (taken.ok) return next();
    res
      .status(429)
      .set('Retry-After', String(Math.ceil(taken.retryInMs / 1000)))
      .json({ error: 'too-many-attempts' });
  };

  router.post('/login', limitByAddress, express.json({ limit: '4kb' }), async (req, res) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const body = Credentials.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'invalid', field: String(body.error.issues[0]?.path[0] ?? 'body') });
      return;
    }
    const result = await login(body.data.username.trim().toLowerCase(), body.data.password, ip);
    res.set('Cache-Control', 'no-store');
    if (result.status === 401) res.status(401).json({ error: 'invalid-credentials' });
    else if (result.status === 423)
      res.status(423).set('Retry-After', String(result.retryAfterS)).json({ error: 'locked' });
    else res.json({ token: result.token, expiresAt: result.expiresAt, user: result.user });
  });

  router.post('/refresh', async (req, res) => {
    // The account is read again: a deleted or locked user, a changed role or a reset password ends the session.
    const session = await currentSession(deps, req);
    if (!session) return unauthorized(res);
    const { user } = session;
    const view = { username: user.username, role: user.role, organisationId: user.organisationId };
    res.set('Cache-Control', 'no-store').json({ ...deps.tokens.issue(claimsOf(user)), user: view });
  });

  return router;
}
