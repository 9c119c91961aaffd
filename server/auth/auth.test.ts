import { describe, expect, it } from 'vitest';
import { memoryAttemptCounter, waitMs } from './attemptCounter.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';
import { createTokens, SESSION_MAX_MS, TOKEN_TTL_MS } from './tokens.ts';

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
  const t0 = 1_000_000;
  const user = {
    sub: 7,
    username: 'ana',
    role: 'staff' as const,
    organisationId: 'dinkes',
    pwv: 'abc',
    sid: 's1',
    gen: 0,
    auth: t0,
  };

  it('round-trips claims until expiry, then rejects', () => {
    let t = t0;
    const tokens = createTokens('s'.repeat(32), () => t);
    const { token, expiresAt } = tokens.issue(user);
    expect(expiresAt).toBe(t + TOKEN_TTL_MS);
    expect(TOKEN_TTL_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(tokens.verify(token)).toEqual({ ...user, iat: t0, exp: expiresAt });
    t = expiresAt - 1;
    expect(tokens.verify(token)).not.toBeNull();
    t = expiresAt;
    expect(tokens.verify(token)).toBeNull();
  });

  it('never issues or accepts a token past the session maximum', () => {
    let t = t0 + SESSION_MAX_MS - 60_000;
    const tokens = createTokens('s'.repeat(32), () => t);
    const { token, expiresAt } = tokens.issue(user);
    expect(expiresAt).toBe(t0 + SESSION_MAX_MS);
    expect(tokens.verify(token)).not.toBeNull();
    t = t0 + SESSION_MAX_MS;
    expect(tokens.verify(token)).toBeNull();
  });

  it('rejects tampered tokens and tokens signed with another secret', () => {
    const tokens = createTokens('s'.repeat(32));
    const { token } = tokens.issue({ ...user, auth: Date.now() });
    const [, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...user, role: 'admin', exp: Date.now() + 1e6 })).toString(
      'base64url',
    );
    expect(tokens.verify(`${forged}.${mac}`)).toBeNull();
    expect(createTokens('t'.repeat(32)).verify(token)).toBeNull();
    for (const junk of ['', '.', 'a.b.c', token.slice(0, -2)]) expect(tokens.verify(junk)).toBeNull();
  });
});

describe('attempt counter', () => {
  const b = { free: 2, baseMs: 1000, maxMs: 5000, forgetMs: 60_000 };

  it('waits exponentially past the free attempts, capped', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => waitMs(n, b))).toEqual([0, 0, 1000, 2000, 4000, 5000, 5000]);
  });

  it('counts every key of an attempt atomically, or none when any must wait', async () => {
    const c = memoryAttemptCounter();
    const keys = [
      { key: 'ip', backoff: { ...b, free: 3 } },
      { key: 'pair', backoff: b },
    ];
    expect(await c.acquire(keys, 0)).toEqual({ ok: true, counts: [1, 1] });
    expect(await c.acquire(keys, 0)).toEqual({ ok: true, counts: [2, 2] });
    expect(await c.acquire(keys, 500)).toEqual({ ok: false, retryInMs: 500 });
    expect(await c.acquire([{ key: 'ip', backoff: { ...b, free: 3 } }], 500)).toEqual({
      ok: true,
      counts: [3],
    });
    await c.refund('ip');
    await c.clear('pair');
    expect(await c.acquire(keys, 500)).toEqual({ ok: true, counts: [3, 1] });
    // Forgotten after forgetMs without attempts.
    expect(await c.acquire(keys, 500 + 60_000)).toEqual({ ok: true, counts: [1, 1] });
  });

  it('stays bounded, dropping forgotten and then the oldest keys', async () => {
    const c = memoryAttemptCounter(10);
    for (let i = 0; i < 100; i++) await c.acquire([{ key: `k${i}`, backoff: b }], i);
    // The newest keys are still counted.
    expect(await c.acquire([{ key: 'k99', backoff: b }], 100)).toEqual({ ok: true, counts: [2] });
  });
});
