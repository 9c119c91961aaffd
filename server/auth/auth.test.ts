import { describe, expect, it } from 'vitest';
import { failureDelayMs } from './login.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';
import { createTokens, TOKEN_TTL_MS } from './tokens.ts';

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt, verifying only the right password', async () => {
    const a = await hashPassword('rahasia-kota');
    const b = await hashPassword('rahasia-kota');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('rahasia-kota', a)).toBe(true);
    expect(await verifyPassword('rahasia-kotA', a)).toBe(false);
    expect(await verifyPassword('rahasia-kota', 'plain')).toBe(false);
  });

  it('generates strong one-time passwords', () => {
    const p = generatePassword();
    expect(p).toMatch(/^[\w-]{24}$/);
    expect(generatePassword()).not.toBe(p);
  });
});

describe('tokens', () => {
  const user = { sub: 7, username: 'ana', role: 'staff' as const, organisationId: 'dinkes', pwv: 'abc' };

  it('round-trips claims until expiry, then rejects', () => {
    let t = 1_000_000;
    const tokens = createTokens('s'.repeat(32), () => t);
    const { token, expiresAt } = tokens.issue(user);
    expect(expiresAt).toBe(t + TOKEN_TTL_MS);
    expect(TOKEN_TTL_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(tokens.verify(token)).toEqual({ ...user, exp: expiresAt });
    t = expiresAt - 1;
    expect(tokens.verify(token)).not.toBeNull();
    t = expiresAt;
    expect(tokens.verify(token)).toBeNull();
  });

  it('rejects tampered tokens and tokens signed with another secret', () => {
    const tokens = createTokens('s'.repeat(32));
    const { token } = tokens.issue(user);
    const [, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...user, role: 'admin', exp: Date.now() + 1e6 })).toString(
      'base64url',
    );
    expect(tokens.verify(`${forged}.${mac}`)).toBeNull();
    expect(createTokens('t'.repeat(32)).verify(token)).toBeNull();
    for (const junk of ['', '.', 'a.b.c', token.slice(0, -2)]) expect(tokens.verify(junk)).toBeNull();
  });
});

describe('failure delay', () => {
  it('doubles with each failure, capped at 16 × base', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => failureDelayMs(n, 250))).toEqual([
      250, 500, 1000, 2000, 4000, 4000, 4000,
    ]);
  });
});
