// Session tokens: `base64url(JSON claims).base64url(HMAC-SHA256)`, signed with the server's auth secret.
// Short-lived (TOKEN_TTL_MS, enforced on verify whatever the token says) and bound to a sign-in
// session (server/store/authSessionStore.ts) that a refresh rotates and that ends SESSION_MAX_MS after
// sign-in at the latest. Never logged. Runs on the server.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '../../shared/accounts.ts';
import type { AuthSession } from '../store/authSessionStore.ts';
import type { User } from '../store/userStore.ts';

/** Lifetime of a token, ms (30 min). */
export const TOKEN_TTL_MS = 30 * 60 * 1000;
/** Longest a sign-in lasts through refreshes, ms (7 days); then the user signs in again. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The `settings` row that keeps the generated signing secret when AUTH_SECRET is not set (plaintext,
 * like the rest of the database: protect the file or database; `npm run admin -- secret rotate`).
 */
export const AUTH_SECRET_SETTING = 'auth_secret';
/** A new random signing secret (256 bits, base64url). */
export const newAuthSecret = () => randomBytes(32).toString('base64url');

export type Claims = {
  /** User id. */
  sub: number;
  username: string;
  role: Role;
  organisationId: string | null;
  /** Fingerprint of the password hash: a password reset ends the sessions of older tokens. */
  pwv: string;
  /** Sign-in session id and its generation when this token was issued (authSessionStore.ts). */
  sid: string;
  gen: number;
  /** Sign-in time, epoch ms. */
  auth: number;
  /** Issued at, epoch ms. */
  iat: number;
  /** Expiry, epoch ms. */
  exp: number;
};

export type Tokens = {
  /** A token for the claims, valid TOKEN_TTL_MS but never past the session maximum. */
  issue(claims: Omit<Claims, 'iat' | 'exp'>): { token: string; expiresAt: number };
  /**
   * The claims of a well-signed token, else null; also null once expired, when it claims a lifetime
   * longer than TOKEN_TTL_MS, or when its sign-in is older than SESSION_MAX_MS.
   */
  verify(token: string): Claims | null;
};

function isClaims(v: unknown): v is Claims {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.sub === 'number' &&
    typeof c.username === 'string' &&
    typeof c.role === 'string' &&
    isRole(c.role) &&
    (typeof c.organisationId === 'string' || c.organisationId === null) &&
    typeof c.pwv === 'string' &&
    typeof c.sid === 'string' &&
    typeof c.gen === 'number' &&
    typeof c.auth === 'number' &&
    typeof c.iat === 'number' &&
    typeof c.exp === 'number'
  );
}

export function passwordVersion(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

/** The claims (without times of issue) a token of `user` in sign-in `session` carries. */
export function claimsOf(user: User, session: AuthSession): Omit<Claims, 'iat' | 'exp'> {
  const { id, username, role, organisationId, passwordHash } = user;
  return {
    sub: id,
    username,
    role,
    organisationId,
    pwv: passwordVersion(passwordHash),
    sid: session.id,
    gen: session.generation,
    auth: session.startedAt,
  };
}

export function createTokens(secret: string, now: () => number = Date.now): Tokens {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest();
  return {
    issue(partial) {
      const iat = now();
      const claims: Claims = {
        ...partial,
        iat,
        exp: Math.min(iat + TOKEN_TTL_MS, partial.auth + SESSION_MAX_MS),
      };
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { token: `${body}.${sign(body).toString('base64url')}`, expiresAt: claims.exp };
    },
    verify(token) {
      const [body, mac, extra] = token.split('.');
      if (!body || !mac || extra !== undefined) return null;
      const given = Buffer.from(mac, 'base64url');
      const expected = sign(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      const t = now();
      if (!isClaims(claims) || claims.exp <= t) return null;
      if (claims.exp - claims.iat > TOKEN_TTL_MS || claims.exp - t > TOKEN_TTL_MS) return null;
      if (t - claims.auth >= SESSION_MAX_MS) return null;
      return claims;
    },
  };
}
