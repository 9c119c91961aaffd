// Session tokens: `base64url(JSON claims).base64url(HMAC-SHA256)`, signed with the server's auth secret.
// Short-lived (TOKEN_TTL_MS); refreshed while still valid. Never logged. Runs on the server.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '../../shared/accounts.ts';
import type { User } from '../store/userStore.ts';

/** Lifetime of a token, ms (30 min). */
export const TOKEN_TTL_MS = 30 * 60 * 1000;

export type Claims = {
  /** User id. */
  sub: number;
  username: string;
  role: Role;
  organisationId: string | null;
  /** Fingerprint of the password hash: a password reset ends the sessions of older tokens. */
  pwv: string;
  /** Expiry, epoch ms. */
  exp: number;
};

export type Tokens = {
  issue(user: Omit<Claims, 'exp'>): { token: string; expiresAt: number };
  /** The claims of a well-signed, unexpired token, else null. */
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
    typeof c.exp === 'number'
  );
}

export function passwordVersion(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

/** The claims (without expiry) a token for `user` carries. */
export function claimsOf(user: User): Omit<Claims, 'exp'> {
  const { id, username, role, organisationId, passwordHash } = user;
  return { sub: id, username, role, organisationId, pwv: passwordVersion(passwordHash) };
}

export function createTokens(secret: string, now: () => number = Date.now): Tokens {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest();
  return {
    issue(user) {
      const claims: Claims = { ...user, exp: now() + TOKEN_TTL_MS };
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
      if (!isClaims(claims) || claims.exp <= now()) return null;
      return claims;
    },
  };
}
