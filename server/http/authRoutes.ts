// POST /api/auth/login {username, password} → {token, expiresAt, user, passwordChangeRequired};
// POST /api/auth/refresh with a current token → the next token of the same sign-in (the old one stops
// working; none past the session maximum); POST /api/auth/password {currentPassword, newPassword} →
// a fresh sign-in with the new password (the one way out of a one-time password); POST
// /api/auth/logout ends the sign-in. Wrong credentials are one generic 401, a disabled account 403
// `disabled` (only with the right password), too many attempts 429 with Retry-After. Tokens and
// passwords are never logged. Runs on the server.
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../shared/accounts.ts';
import type { BucketLimit } from '../../shared/rateLimit.ts';
import { createLogin, createPasswordCheck, type LoginDeps, startSignIn } from '../auth/login.ts';
import { hashPassword } from '../auth/password.ts';
import { claimsOf } from '../auth/tokens.ts';
import { requestSource } from '../requestSource.ts';
import { memoryBuckets, type SharedBuckets } from '../scale/sharedBuckets.ts';
import { authenticate, bearerToken, unauthorized } from './requireUser.ts';

/**
 * Requests to /login and /password per client address: 10 at once, then one every 6 s; counted in
 * `buckets` (with several processes on Redis, across all of them).
 */
const IP_LIMIT: BucketLimit = { capacity: 10, refillPerSec: 1 / 6 };

const Credentials = z.strictObject({ username: z.string().max(64), password: z.string().max(256) });
const PasswordChange = z.strictObject({
  currentPassword: z.string().max(256),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(256),
});

export function authRouter(deps: LoginDeps & { buckets?: SharedBuckets }): Router {
  const router = express.Router();
  const login = createLogin(deps);
  const check = createPasswordCheck(deps);
  const buckets = deps.buckets ?? memoryBuckets();
  const ipOf = (req: express.Request) => requestSource(req);

  // Before the body is parsed, so malformed bodies count too.
  const perAddress: RequestHandler = async (req, res, next) => {
    const taken = await buckets.take(`signin:${ipOf(req)}`, IP_LIMIT, deps.now());
    if (taken.ok) return next();
    tooMany(res, Math.ceil(taken.retryInMs / 1000));
  };
  const tooMany = (res: express.Response, retryAfterS: number) =>
    res.status(429).set('Retry-After', String(retryAfterS)).json({ error: 'too-many-attempts' });
  const invalid = (res: express.Response, issues: z.core.$ZodIssue[]) =>
    res.status(400).json({ error: 'invalid', field: String(issues[0]?.path[0] ?? 'body') });
  const json = express.json({ limit: '4kb' });

  router.post('/login', perAddress, json, async (req, res) => {
    const body = Credentials.safeParse(req.body);
    if (!body.success) return void invalid(res, body.error.issues);
    const result = await login(body.data.username.trim().toLowerCase(), body.data.password, ipOf(req));
    res.set('Cache-Control', 'no-store');
    if (result.status === 401) res.status(401).json({ error: 'invalid-credentials' });
    else if (result.status === 403) res.status(403).json({ error: result.error });
    else if (result.status === 429) tooMany(res, result.retryAfterS);
    else {
      const { token, expiresAt, user, passwordChangeRequired } = result;
      res.json({ token, expiresAt, user, passwordChangeRequired });
    }
  });

  router.post('/refresh', async (req, res) => {
    // The account is read again: a deleted or disabled user, a changed role or a reset password ends the session.
    const session = await authenticate(deps, bearerToken(req));
    if (!session || !(await deps.users.rotateSession(session.claims.sid, session.claims.gen)))
      return unauthorized(res);
    const { user, claims } = session;
    const rotated = {
      id: claims.sid,
      userId: user.id,
      generation: claims.gen + 1,
      startedAt: claims.auth,
      endedAt: null,
    };
    const view = { username: user.username, role: user.role, organisationId: user.organisationId };
    res.set('Cache-Control', 'no-store').json({
      ...deps.tokens.issue(claimsOf(user, rotated)),
      user: view,
      passwordChangeRequired: user.mustChangePassword,
    });
  });

  router.post('/password', perAddress, json, async (req, res) => {
    const session = await authenticate(deps, bearerToken(req));
    if (!session) return unauthorized(res);
    const body = PasswordChange.safeParse(req.body);
    if (!body.success) return void invalid(res, body.error.issues);
    const { currentPassword, newPassword } = body.data;
    const { user } = session;
    if (newPassword === currentPassword || newPassword.toLowerCase().includes(user.username))
      return void res.status(400).json({ error: 'weak-password', field: 'newPassword' });
    const checked = await check(user.username, currentPassword, ipOf(req));
    if (!checked.ok) return void tooMany(res, checked.retryAfterS);
    if (!checked.user)
      return void res.status(403).json({ error: 'invalid-credentials', field: 'currentPassword' });
    const nowMs = deps.now();
    await deps.users.setPassword(user.id, await hashPassword(newPassword));
    await deps.users.endSessions(user.id, nowMs);
    const actor = `${user.role}:${user.username}`;
    await deps.audit({ actor, action: 'user.change-password', target: `user:${user.username}` });
    const fresh = await deps.users.byId(user.id);
    if (!fresh) return unauthorized(res);
    res
      .set('Cache-Control', 'no-store')
      .json({ ...(await startSignIn(deps, fresh)), passwordChangeRequired: false });
  });

  router.post('/logout', async (req, res) => {
    const session = await authenticate(deps, bearerToken(req));
    if (session) await deps.users.endSession(session.claims.sid, deps.now());
    res.status(204).end();
  });

  return router;
}
