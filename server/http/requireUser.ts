// Guards routes for signed-in users: reads `Authorization: Bearer <token>`, puts the claims in
// `res.locals.user`; 401 without a valid token, 403 when the role is not allowed. Runs on the server.
import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '../../shared/accounts.ts';
import type { Claims, Tokens } from '../auth/tokens.ts';

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([\w.-]+)$/.exec(req.get('authorization') ?? '');
  return match?.[1];
}

export function requireUser(tokens: Tokens, roles?: readonly Role[]): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req);
    const claims = token ? tokens.verify(token) : null;
    if (!claims) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
      return;
    }
    if (roles && !roles.includes(claims.role)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    res.locals.user = claims;
    next();
  };
}

/** The claims `requireUser` stored; only call behind it. */
export function currentUser(res: Response): Claims {
  const user: unknown = res.locals.user;
  if (!user) throw new Error('currentUser() outside requireUser');
  return user as Claims;
}
