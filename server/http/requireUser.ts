// Guards routes for signed-in users: reads `Authorization: Bearer <token>`, re-reads the account on
// every request (one lookup by id) and puts the claims in `res.locals.user`; 401 without a valid token
// or when the account is gone, locked, or no longer matches the token (role, organisation, password),
// 403 when the role is not allowed. Runs on the server.
import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '../../shared/accounts.ts';
import { type Claims, passwordVersion, type Tokens } from '../auth/tokens.ts';
import type { User, UserStore } from '../store/userStore.ts';

export type SessionDeps = {
  tokens: Tokens;
  users: Pick<UserStore, 'byId'>;
  /** Epoch ms; decides whether a lock is still in force. */
  now: () => number;
};

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([\w.-]+)$/.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/** True while the account still is what the token says: same role, organisation, password; not locked. */
export function stillMatches(claims: Claims, user: User, nowMs: number): boolean {
  return (
    user.username === claims.username &&
    user.role === claims.role &&
    user.organisationId === claims.organisationId &&
    passwordVersion(user.passwordHash) === claims.pwv &&
    (user.lockedUntil === null || user.lockedUntil <= nowMs)
  );
}

/** The claims and fresh account behind the request's token, or null when it no longer stands. */
export async function currentSession(
  deps: SessionDeps,
  req: Request,
): Promise<{ claims: Claims; user: User } | null> {
  const token = bearerToken(req);
  const claims = token ? deps.tokens.verify(token) : null;
  const user = claims ? await deps.users.byId(claims.sub) : undefined;
  return claims && user && stillMatches(claims, user, deps.now()) ? { claims, user } : null;
}

export function unauthorized(res: Response): void {
  res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
}

export function requireUser(deps: SessionDeps, roles?: readonly Role[]): RequestHandler {
  return async (req, res, next) => {
    const session = await currentSession(deps, req);
    if (!session) return unauthorized(res);
    if (roles && !roles.includes(session.claims.role)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    res.locals.user = session.claims;
    next();
  };
}

/** The claims `requireUser` stored; only call behind it. */
export function currentUser(res: Response): Claims {
  const user: unknown = res.locals.user;
  if (!user) throw new Error('currentUser() outside requireUser');
  return user as Claims;
}
