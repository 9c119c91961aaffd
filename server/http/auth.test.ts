// Login, per-source throttling, tokens, refresh rotation and lifetime caps against the real server
// and database. Other sources are other loopback addresses (127.0.0.x).
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAIR_BACKOFF, SOURCE_BACKOFF } from '../auth/login.ts';
import { AUTH_SECRET_SETTING, SESSION_MAX_MS, TOKEN_TTL_MS } from '../auth/tokens.ts';
import { type AccountCity, PASSWORD as PASSWORD_OF_TESTS, startAccountCity } from './accountTesting.ts';

let s: AccountCity;
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('ana', 'staff', 'setda');
  await s.createUser('budi', 'staff', 'setda');
  await s.createUser('citra', 'host');
  await s.createUser('admin', 'admin');
});
afterAll(() => s.stop());
// Each test starts with a full per-address request allowance.
beforeEach(() => {
  s.clock.now += 5 * 60_000;
});

const guessing = async () => (await s.audit()).filter((e) => e.action === 'auth.guessing');

describe('POST /api/auth/login', () => {
  it('gives a short-lived token and the account for the right password, and audits it', async () => {
    const res = await s.login('ana');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      token: expect.stringMatching(/^[\w-]+\.[\w-]+$/),
      expiresAt: s.clock.now + TOKEN_TTL_MS,
      user: { username: 'ana', role: 'staff', organisationId: 'setda' },
      passwordChangeRequired: false,
    });
    const entry = (await s.audit()).find((e) => e.action === 'auth.login');
    expect(entry).toMatchObject({ actor: 'staff:ana', target: 'user:ana' });
    expect(JSON.stringify(await s.audit())).not.toContain(body.token);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await s.loginFrom('127.0.0.2', 'budi', 'salah');
    const unknown = await s.loginFrom('127.0.0.2', 'nobody', 'salah');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(JSON.stringify(await s.audit())).not.toContain('salah');
  });

  it('rejects malformed bodies with 400', async () => {
    expect((await s.call('POST', '/api/auth/login', undefined, { username: 'ana' })).status).toBe(400);
    expect((await s.call('POST', '/api/auth/login', undefined, [1])).status).toBe(400);
  });

  it("slows a stranger's guesses exponentially while the owner signs in from another address", async () => {
    const stranger = '127.0.0.3';
    const statuses: number[] = [];
    for (let i = 0; i < PAIR_BACKOFF.free + 2; i++)
      statuses.push((await s.loginFrom(stranger, 'admin', 'x')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // The owner, elsewhere, is not slowed at all.
    expect((await s.loginFrom('127.0.0.4', 'admin')).status).toBe(200);
    // Each further guess waits twice as long: 1 s, 2 s, 4 s.
    for (const waitS of [1, 2, 4]) {
      const refused = await s.loginFrom(stranger, 'admin', 'x');
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBe(waitS);
      s.clock.now += waitS * 1000;
      expect((await s.loginFrom(stranger, 'admin', 'x')).status).toBe(401);
    }
    expect((await s.loginFrom('127.0.0.4', 'admin')).status).toBe(200);
  });

  it('throttles unknown usernames the same way, so throttling reveals nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PAIR_BACKOFF.free + 1; i++)
      statuses.push((await s.loginFrom('127.0.0.5', 'ghost', 'salah')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('slows one address guessing many usernames', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SOURCE_BACKOFF.free + 1; i++)
      statuses.push((await s.loginFrom('127.0.0.6', `user${i}`, 'salah')).status);
    expect(statuses.slice(0, SOURCE_BACKOFF.free).every((st) => st === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await s.loginFrom('127.0.0.7', 'citra')).status).toBe(200);
  });

  it('counts concurrent attempts before checking: 50 at once run at most the free checks', async () => {
    await s.createUser('dewi', 'host');
    const before = s.checks.count;
    const all = await Promise.all(
      Array.from({ length: 50 }, () => s.loginFrom('127.0.0.8', 'dewi', 'salah')),
    );
    expect(s.checks.count - before).toBeLessThanOrEqual(PAIR_BACKOFF.free);
    expect(all.filter((r) => r.status === 401)).toHaveLength(s.checks.count - before);
    // From ten addresses: at most the free checks of each.
    const fromTen = s.checks.count;
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => s.loginFrom(`127.0.1.${i % 10}`, 'dewi', 'salah')),
    );
    expect(s.checks.count - fromTen).toBeLessThanOrEqual(10 * PAIR_BACKOFF.free);
    expect((await s.loginFrom('127.0.0.9', 'dewi')).status).toBe(200);
  });

  it('audits guessing as aggregated alerts, not a row per attempt', async () => {
    const before = (await guessing()).length;
    const address = '127.0.0.10';
    for (let i = 0; i < 4 * PAIR_BACKOFF.free; i++) {
      await s.loginFrom(address, 'citra', 'salah');
      s.clock.now += 60 * 60_000;
    }
    const alerts = (await guessing()).slice(0, (await guessing()).length - before);
    const ip = `::ffff:${address}`;
    const forUser = alerts.filter((a) => a.target === 'user:citra');
    expect(forUser.map((a) => a.detail)).toEqual([12, 6, 3].map((failures) => ({ ip, failures })));
    expect(alerts.filter((a) => a.target === `ip:${ip}`).map((a) => a.detail)).toEqual([{ failures: 10 }]);
    expect((await s.audit()).some((e) => e.action === 'auth.login-failed')).toBe(false);
  });

  it('limits requests per client address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await s.loginFrom('127.0.0.11', 'citra')).status);
    expect(statuses.slice(0, 10).every((st) => st === 200)).toBe(true);
    const limited = await s.loginFrom('127.0.0.11', 'citra');
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  });
});

describe('tokens', () => {
  it('refreshes a valid token, rotating it: the predecessor is refused', async () => {
    const token = await s.tokenOf('ana');
    s.clock.now += TOKEN_TTL_MS - 1000;
    const refreshed = await s.call('POST', '/api/auth/refresh', token);
    expect(refreshed.status).toBe(200);
    const body = await refreshed.json();
    expect(body.expiresAt).toBe(s.clock.now + TOKEN_TTL_MS);
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.call('POST', '/api/auth/refresh', token)).status).toBe(401);
    expect((await s.call('GET', '/api/opds/setda/profile', body.token)).status).toBe(200);
    s.clock.now += TOKEN_TTL_MS;
    expect((await s.call('GET', '/api/opds/setda/profile', body.token)).status).toBe(401);
  });

  it('lets only one of two concurrent refreshes of one token win', async () => {
    const token = await s.tokenOf('ana');
    const both = await Promise.all([0, 1].map(() => s.call('POST', '/api/auth/refresh', token)));
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('never refreshes past the session maximum after sign-in', async () => {
    let token = await s.tokenOf('budi');
    const signedInAt = s.clock.now;
    while (s.clock.now + TOKEN_TTL_MS < signedInAt + SESSION_MAX_MS) {
      s.clock.now += TOKEN_TTL_MS - 60_000;
      const res = await s.call('POST', '/api/auth/refresh', token);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.expiresAt).toBeLessThanOrEqual(signedInAt + SESSION_MAX_MS);
      token = body.token;
    }
    s.clock.now = signedInAt + SESSION_MAX_MS;
    expect((await s.call('POST', '/api/auth/refresh', token)).status).toBe(401);
  });

  it('refuses a well-signed token that claims a lifetime longer than allowed', async () => {
    const good = await (await s.login('ana')).json();
    const secret = await s.city.app.store.settings.getOrInit(AUTH_SECRET_SETTING, () => 'unused');
    const [body] = good.token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forge = (c: Record<string, unknown>) => {
      const b = Buffer.from(JSON.stringify(c)).toString('base64url');
      return `${b}.${createHmac('sha256', secret).update(b).digest('base64url')}`;
    };
    // The same claims re-signed work: only the lifetime differs below.
    expect((await s.call('GET', '/api/opds/setda/profile', forge(claims))).status).toBe(200);
    const tenYears = forge({ ...claims, exp: s.clock.now + 10 * 365 * 86_400_000 });
    expect((await s.call('GET', '/api/opds/setda/profile', tenYears)).status).toBe(401);
    const backdated = forge({ ...claims, iat: s.clock.now - 86_400_000, exp: s.clock.now + 60_000 });
    expect((await s.call('GET', '/api/opds/setda/profile', backdated)).status).toBe(401);
  });

  it('ends the sign-in at logout', async () => {
    const token = await s.tokenOf('ana');
    expect((await s.call('POST', '/api/auth/logout', token)).status).toBe(204);
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
  });

  it('refuses missing and forged tokens with 401', async () => {
    expect((await s.call('GET', '/api/opds/setda/profile')).status).toBe(401);
    expect((await s.call('POST', '/api/auth/refresh', 'abc.def')).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  const NEW = 'sandi-baru-yang-panjang';
  const change = (token: string, currentPassword: string, newPassword: string) =>
    s.call('POST', '/api/auth/password', token, { currentPassword, newPassword });

  it('forces a one-time password to be changed before anything else', async () => {
    await s.createUser('eko', 'staff', 'setda', true);
    const first = await s.login('eko');
    expect(first.status).toBe(200);
    const { token, passwordChangeRequired } = await first.json();
    expect(passwordChangeRequired).toBe(true);
    const refused = await s.call('GET', '/api/opds/setda/profile', token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'password-change-required' });
    expect((await change(token, PASSWORD_OF_TESTS, 'pendek')).status).toBe(400);
    expect((await change(token, PASSWORD_OF_TESTS, PASSWORD_OF_TESTS)).status).toBe(400);
    expect((await change(token, PASSWORD_OF_TESTS, 'eko-dan-sandinya')).status).toBe(400);
    expect((await change(token, 'bukan-sandinya', NEW)).status).toBe(403);
    const changed = await change(token, PASSWORD_OF_TESTS, NEW);
    expect(changed.status).toBe(200);
    const fresh = await changed.json();
    expect(fresh.passwordChangeRequired).toBe(false);
    expect((await s.call('GET', '/api/opds/setda/profile', fresh.token)).status).toBe(200);
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.login('eko')).status).toBe(401);
    expect((await s.login('eko', NEW)).status).toBe(200);
    const audit = (await s.audit()).find((e) => e.action === 'user.change-password');
    expect(audit).toMatchObject({ actor: 'staff:eko', target: 'user:eko' });
    expect(JSON.stringify(await s.audit())).not.toContain(NEW);
  });

  it('needs a current token', async () => {
    expect((await change('abc.def', PASSWORD_OF_TESTS, NEW)).status).toBe(401);
  });
});
