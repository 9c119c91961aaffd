// Guards routes for signed-in users: reads `Authorization: Bearer <token>`, re-reads the account and
// its sign-in session on every request (two lookups by key) and puts the claims in `res.locals.user`;
// 401 without a valid token, when the token was rotated away by a refresh, its session ended, or the
// account is gone, disabled or no longer matches the token (role, organisation, password); 403
// `password-change-required` while a one-time password is unchanged; 403 when the role is not
// allowed. Runs on the server.
import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '../../shared/accounts.ts';
import { type Claims, passwordVersion, type Tokens } from '../auth/tokens.ts';
import type { User, UserStore } from '../store/userStore.ts';

export type SessionDeps = {
  tokens: Tokens;
  users: Pick<UserStore, 'byId' | 'session'>;
  /** Epoch ms. */
  now: () => number;
};

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([\w.-]+)$/.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/** True while the account still is what the token says: same role, organisation, password; enabled. */
export function stillMatches(claims: Claims, user: User): boolean {
  return (
    user.username === claims.username &&
    user.role === claims.role &&
    user.organisationId === claims.organisationId &&
    passwordVersion(user.passwordHash) === claims.pwv &&
    user.disabledAt === null
  );
}

/**
 * The claims and fresh account behind a token, or null when it no longer stands (bad signature,
 * expired, rotated or ended session, changed or disabled account). Accounts that must change their
 * password are returned: callers decide what such a session may do.
 */
export async function authenticate(
  deps: SessionDeps,
  token: string | undefined,
): Promise<{ claims: Claims; user: User } | null> {
  const claims = token ? deps.tokens.verify(token) : null;
  if (!claims) return null;
  const [user, session] = await Promise.all([deps.users.byId(claims.sub), deps.users.session(claims.sid)]);
  const current =
    session !== undefined &&
    session.userId === claims.sub &&
    session.generation === claims.gen &&
    session.endedAt === null;
  return user && current && stillMatches(claims, user) ? { claims, user } : null;
}

/** The session behind the request's token for full use (password already changed), else null. */
export async function currentSession(
  deps: SessionDeps,
  req: Request,
): Promise<{ claims: Claims; user: User } | null> {
  const session = await authenticate(deps, bearerToken(req));
  return session && !session.user.mustChangePassword ? session : null;
}

export function unauthorized(res: Response): void {
  res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
}

export function requireUser(deps: SessionDeps, roles?: readonly Role[]): RequestHandler {
  return async (req, res, next) => {
    const session = await authenticate(deps, bearerToken(req));
    if (!session) return unauthorized(res);
    if (session.user.mustChangePassword) {
      res.status(403).json({ error: 'password-change-required' });
      return;
    }
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
